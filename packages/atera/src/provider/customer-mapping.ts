import { type Customer, toIsoDateTime } from '@psagate/core';
import type { CustomerDto } from '../generated/schemas';
import { recordId } from './atera-ids';
import { readText } from './html-text';

export function customerFromAtera(raw: CustomerDto): Customer {
  const address = {
    street: readText(raw.Address),
    city: readText(raw.City),
    state: readText(raw.State),
    postalCode: readText(raw.ZipCodeStr),
    country: readText(raw.Country),
  };
  return {
    id: String(recordId(raw.CustomerID, 'CustomerID')),
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
