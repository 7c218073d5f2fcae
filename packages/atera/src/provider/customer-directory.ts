import type { ReferenceCache } from '@psagate/core';
import type { AteraClient } from '../client/atera-client';
import { readText } from '../mapping/html-text';

const CUSTOMER_NAMES_KEY = 'customer-names';

/** A record that may name its customer only by id. */
interface NamesCustomer {
  readonly customerId: string | null;
  readonly customerName: string | null;
}

/**
 * Customer names by id, loaded once from the customer list and kept in the reference cache, for
 * records that carry a customer id without its name.
 */
export class CustomerDirectory {
  constructor(
    private readonly native: AteraClient,
    private readonly cache: ReferenceCache,
  ) {}

  /** `signal` stops this caller's wait; the shared load stops once no caller waits for it. */
  async nameOf(customerId: string, signal?: AbortSignal): Promise<string | null> {
    const names = await this.cache.getOrLoad(CUSTOMER_NAMES_KEY, (loadSignal) => this.#load(loadSignal), { tags: ['customers'], signal });
    return names.get(customerId) ?? null;
  }

  /** The records with missing customer names filled in; the list is loaded only if one is missing. */
  async fillNames<T extends NamesCustomer>(records: readonly T[], signal?: AbortSignal): Promise<readonly T[]> {
    if (!records.some((record) => record.customerId !== null && record.customerName === null)) return records;
    return Promise.all(
      records.map(async (record) =>
        record.customerId !== null && record.customerName === null ? { ...record, customerName: await this.nameOf(record.customerId, signal) } : record,
      ),
    );
  }

  async #load(signal: AbortSignal): Promise<Map<string, string>> {
    const names = new Map<string, string>();
    for await (const customer of this.native.customers.list({}, { signal })) {
      const name = readText(customer.CustomerName);
      if (typeof customer.CustomerID === 'number' && name !== null) names.set(String(customer.CustomerID), name);
    }
    return names;
  }
}
