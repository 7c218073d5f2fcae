import type { ReferenceCache } from '../cache/reference-cache';
import type { Customer } from '../models/customer';
import { type CustomerListQueryInput, customerListQuerySchema } from '../models/queries';
import type { Paginated } from '../pagination/paginated';
import type { CustomersAdapter, CustomersPort } from '../ports/customers-port';
import type { CustomerOperation, ProviderCapabilities } from '../provider/capabilities';
import { customerPredicate } from './client-filters';
import { NeutralResource } from './neutral-resource';
import { parseId, parseInput } from './parse-input';

const CUSTOMERS_TAG = 'customers';

/** Customers are reference data: `get` is served from the cache, and listing refreshes it. */
export class NeutralCustomers extends NeutralResource<CustomersAdapter, CustomerOperation> implements CustomersPort {
  constructor(
    provider: string,
    adapter: CustomersAdapter | undefined,
    private readonly caps: ProviderCapabilities['customers'],
    private readonly cache: ReferenceCache,
  ) {
    super(provider, 'customers', adapter, caps);
  }

  list(query: CustomerListQueryInput = {}): Paginated<Customer> {
    const list = this.implementation('list');
    const parsed = parseInput(customerListQuerySchema, query, this.context('list'), 'query');
    const predicate = customerPredicate(parsed, this.caps.filters);
    const customers = this.onceEach(list(parsed)).map((customer) => {
      this.cache.set(cacheKey(customer.id), customer, { tags: [CUSTOMERS_TAG] });
      return customer;
    });
    return predicate ? customers.filter(predicate) : customers;
  }

  async get(id: string | number): Promise<Customer> {
    const get = this.implementation('get');
    const customerId = parseId(id, this.context('get'));
    return this.cache.getOrLoad(cacheKey(customerId), () => get(customerId), { tags: [CUSTOMERS_TAG] });
  }
}

const cacheKey = (id: string): string => `customer:${id}`;
