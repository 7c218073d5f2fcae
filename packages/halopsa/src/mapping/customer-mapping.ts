import type { Customer } from '@psagate/core';
import { recordIdOf } from '@psagate/core/provider';
import type { HaloClient } from '../schemas/organisation';
import { haloDateOrNull } from './halo-dates';
import { haloRecordSite } from './record-sites';

const text = (value: string | null | undefined): string | null => (value === null || value === undefined || value.trim() === '' ? null : value.trim());

/** The host of a website (`https://www.acme.example/` → `acme.example`), as a customer's domain. */
function domainOf(website: string | null | undefined): string | null {
  const value = text(website);
  if (!value) return null;
  try {
    return new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** A Halo client as a neutral customer. */
export function toCustomer(client: HaloClient): Customer {
  return {
    id: recordIdOf(client.id, haloRecordSite('client')),
    provider: 'halopsa',
    raw: client,
    name: text(client.name) ?? `Client ${client.id}`,
    domain: domainOf(client.website),
    phone: null,
    address: null,
    createdAt: haloDateOrNull(client.datecreated),
    updatedAt: null,
  };
}

/** A neutral customer as the fields of a Halo client to save (its domain becomes the website). */
export function toClientFromCustomer(customer: Pick<Customer, 'name'> & Partial<Pick<Customer, 'domain'>>): Partial<HaloClient> {
  return { name: customer.name, ...(customer.domain ? { website: `https://${customer.domain}` } : {}) };
}
