import type { Customer, CustomerListQuery, CustomersAdapter, Paginated } from '@psagate/core';
import type { AteraClient } from '../client/atera-client';
import { ateraIntegerId } from './atera-ids';
import { customerFromAtera } from './customer-mapping';

/** Customers. Atera filters them by last modification (`updatedSince`); search is left to the gateway. */
export class AteraCustomersAdapter implements CustomersAdapter {
  constructor(private readonly native: AteraClient) {}

  list(query: CustomerListQuery): Paginated<Customer> {
    return this.native.customers.list({ FromLastModifiedDate: query.updatedSince }).map(customerFromAtera);
  }

  async get(id: string): Promise<Customer> {
    return customerFromAtera(await this.native.customers.get({ customerId: ateraIntegerId(id, { operation: 'customers.get', field: 'id' }) }));
  }
}
