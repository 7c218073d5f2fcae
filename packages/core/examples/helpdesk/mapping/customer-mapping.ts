import type { Customer } from '@psagate/core';
import type { HelpdeskCustomer } from '../schemas/helpdesk-records';

/** A Helpdesk customer as a neutral customer. */
export const toCustomer = (raw: HelpdeskCustomer): Customer => ({
  id: String(raw.id),
  provider: 'helpdesk',
  raw,
  name: raw.name,
  domain: raw.domain,
  phone: null,
  address: null,
  createdAt: raw.created_at,
  updatedAt: raw.updated_at,
});
