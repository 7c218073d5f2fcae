import type { Customer } from '../models/customer';
import type { CustomerListQuery, CustomerListQueryInput } from '../models/queries';
import type { Paginated } from '../pagination/paginated';
import type { OperationOptions } from './operation-options';

export interface CustomersPort {
  list(query?: CustomerListQueryInput, options?: OperationOptions): Paginated<Customer>;
  get(id: string | number, options?: OperationOptions): Promise<Customer>;
}

/** Customers as a provider implements them (see TicketsAdapter for what the gateway does first). */
export interface CustomersAdapter {
  list?(query: CustomerListQuery, options?: OperationOptions): Paginated<Customer>;
  get?(id: string, options?: OperationOptions): Promise<Customer>;
}
