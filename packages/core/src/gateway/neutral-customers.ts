import type { ReferenceCache } from '../cache/reference-cache';
import type { Customer } from '../models/customer';
import { type CustomerListQueryInput, customerListQuerySchema } from '../models/queries';
import type { Paginated } from '../pagination/paginated';
import type { OperationOptions } from '../ports/operation-options';
import type { CustomersAdapter, CustomersPort } from '../ports/customers-port';
import type { CustomerOperation, ProviderCapabilities } from '../provider/capabilities';
import { customerPredicate } from './client-filters';
import { NeutralResource } from './neutral-resource';
import { parseId, parseInput, parseOptions } from './parse-input';

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

  list(query: CustomerListQueryInput = {}, options?: OperationOptions): Paginated<Customer> {
    const list = this.implementation('list');
    const context = this.context('list');
    const parsed = parseInput(customerListQuerySchema, query, context, 'query');
    const callOptions = parseOptions(options, context);
    const predicate = customerPredicate(parsed, this.caps.filters);
    const customers = this.onceEach(list(parsed, callOptions)).map((customer) => {
      this.cache.set(cacheKey(customer.id), customer, { tags: [CUSTOMERS_TAG] });
      return customer;
    });
    return this.walked('list', callOptions, predicate ? customers.filter(predicate) : customers);
  }

  /** Served from the cache when it can; an aborted signal fails it even then. */
  async get(id: string | number, options?: OperationOptions): Promise<Customer> {
    const get = this.implementation('get');
    const context = this.context('get');
    const customerId = parseId(id, context);
    const callOptions = parseOptions(options, context);
    // The load is shared by every caller of this id: it runs on the cache's signal, which aborts once all of them have.
    return this.run('get', callOptions, () =>
      this.cache.getOrLoad(cacheKey(customerId), (signal) => get(customerId, { ...callOptions, signal }), { tags: [CUSTOMERS_TAG], signal: callOptions.signal }),
    );
  }
}

const cacheKey = (id: string): string => `customer:${id}`;
