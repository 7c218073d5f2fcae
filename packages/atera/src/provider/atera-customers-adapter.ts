import { type Customer, type CustomerListQuery, type OperationOptions, type Paginated } from '@psagate/core';
import { type CustomersAdapter, integerIdOf } from '@psagate/core/provider';
import type { AteraClient } from '../client/atera-client';
import { toCustomer } from '../mapping/customer-mapping';
import { ATERA_ID_SITE } from '../mapping/id-sites';

/** Customers. Atera filters them by last modification (`updatedSince`); search is left to the gateway. */
export class AteraCustomersAdapter implements CustomersAdapter {
  constructor(private readonly native: AteraClient) {}

  list(query: CustomerListQuery, options?: OperationOptions): Paginated<Customer> {
    return this.native.customers.list({ FromLastModifiedDate: query.updatedSince }, options).map(toCustomer);
  }

  async get(id: string, options?: OperationOptions): Promise<Customer> {
    return toCustomer(await this.native.customers.get({ customerId: integerIdOf(id, { ...ATERA_ID_SITE, operation: 'customers.get', field: 'id' }) }, options));
  }
}
