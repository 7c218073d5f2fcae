import type { Customer } from '@psagate/core';
import { recordIdOf, toIsoDateTime } from '@psagate/core/provider';
import type { CustomerDto } from '../generated/schemas';
import { readText } from './html-text';
import { ATERA_ID_SITE } from './id-sites';

/** An Atera customer as a neutral one. */
export function toCustomer(raw: CustomerDto): Customer {
  const address = {
    street: readText(raw.Address),
    city: readText(raw.City),
    state: readText(raw.State),
    postalCode: readText(raw.ZipCodeStr),
    country: readText(raw.Country),
  };
  return {
    id: recordIdOf(raw.CustomerID, { ...ATERA_ID_SITE, record: 'customer', field: 'CustomerID' }),
    provider: 'atera',
    raw,
    name: readText(raw.CustomerName) ?? '',
    domain: readText(raw.Domain),
    phone: readText(raw.Phone),
    address: Object.values(address).some((part) => part !== null) ? address : null,
    createdAt: toIsoDateTime(raw.CreatedOn),
    updatedAt: toIsoDateTime(raw.LastModified),
  };
}
