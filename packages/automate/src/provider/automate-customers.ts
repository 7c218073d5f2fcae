import { type Customer, type CustomerListQuery, type OperationOptions, type Paginated } from '@psagate/core';
import { type CustomersAdapter, integerIdOf } from '@psagate/core/provider';
import type { AutomateClient } from '../client/automate-client';
import { toCustomer } from '../mapping/to-customer';
import { AUTOMATE } from '../mapping/mapping-values';
import { clientCondition, conditionParams } from './neutral-conditions';

/** Neutral customers: Automate's clients, searched by name on the server. */
export class AutomateCustomers implements CustomersAdapter {
  constructor(private readonly client: AutomateClient) {}

  list(query: CustomerListQuery, options?: OperationOptions): Paginated<Customer> {
    return this.client.clients.list(conditionParams(clientCondition(query)), options).map(toCustomer);
  }

  async get(id: string, options?: OperationOptions): Promise<Customer> {
    const clientId = integerIdOf(id, { ...AUTOMATE, operation: 'customers.get', field: 'id' });
    return toCustomer(await this.client.clients.get({ clientId }, options));
  }
}
