import type { Customer } from '../models/customer';
import type { CustomerListQuery, CustomerListQueryInput } from '../models/queries';
import type { Paginated } from '../pagination/paginated';

export interface CustomersPort {
  list(query?: CustomerListQueryInput): Paginated<Customer>;
  get(id: string | number): Promise<Customer>;
}

/** Customers as a provider implements them (see TicketsAdapter for what the gateway does first). */
export interface CustomersAdapter {
  list?(query: CustomerListQuery): Paginated<Customer>;
  get?(id: string): Promise<Customer>;
}
