import type { ReferenceCache } from '@psagate/core';
import type { AteraClient } from '../client/atera-client';
import { readText } from '../mapping/html-text';

/** A contact (Atera "end user") a ticket can be raised for. */
export interface CustomerContact {
  readonly id: number;
  readonly email: string | null;
}

const CONTACTS_KEY = 'contacts-by-customer';

/**
 * The contacts of a customer. Atera lists contacts without a customer filter, so the whole list is
 * read once into an index by customer and kept in the reference cache.
 */
export async function contactsOfCustomer(native: AteraClient, cache: ReferenceCache, customerId: number, signal?: AbortSignal): Promise<readonly CustomerContact[]> {
  const index = await cache.getOrLoad(CONTACTS_KEY, (loadSignal) => loadIndex(native, loadSignal), { tags: ['contacts', 'customers'], signal });
  return index.get(customerId) ?? [];
}

async function loadIndex(native: AteraClient, signal: AbortSignal): Promise<Map<number, CustomerContact[]>> {
  const index = new Map<number, CustomerContact[]>();
  for await (const contact of native.contacts.list({}, { signal })) {
    if (typeof contact.CustomerID !== 'number' || typeof contact.EndUserID !== 'number' || contact.Archived === true) continue;
    const list = index.get(contact.CustomerID) ?? [];
    list.push({ id: contact.EndUserID, email: readText(contact.Email) });
    index.set(contact.CustomerID, list);
  }
  return index;
}
