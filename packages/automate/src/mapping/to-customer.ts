import type { Customer } from '@psagate/core';
import { recordIdOf } from '@psagate/core/provider';
import type { AutomateClientRecord } from '../schemas/records';
import { AUTOMATE, textOf } from './mapping-values';

/** An Automate client as a neutral customer. */
export function toCustomer(raw: AutomateClientRecord): Customer {
  const address = {
    street: textOf([raw.Address1, raw.Address2].filter((part) => textOf(part)).join(', ')),
    city: textOf(raw.City),
    state: textOf(raw.State),
    postalCode: textOf(raw.ZipCode),
    country: textOf(raw.Country),
  };
  return {
    id: recordIdOf(raw.Id, { ...AUTOMATE, record: 'client', field: 'Id' }),
    provider: AUTOMATE.provider,
    raw,
    name: raw.Name ?? raw.Company ?? '',
    domain: null,
    phone: textOf(raw.PhoneNumber),
    address: Object.values(address).some((part) => part !== null) ? address : null,
    createdAt: null,
    updatedAt: null,
  };
}
