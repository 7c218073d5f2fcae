import { customerSchema } from '@psagate/core';
import { describe, expect, it } from 'vitest';
import { toCustomer } from './customer-mapping';

describe('toCustomer', () => {
  it('maps a customer with its address, decoding its text', () => {
    const raw = {
      CustomerID: 7,
      CustomerName: 'Acme &amp; Sons',
      CreatedOn: '2025-01-01T00:00:00',
      LastModified: '2026-01-01T12:00:00Z',
      Domain: 'acme.example',
      Address: '1 Main St',
      City: 'Leeds',
      State: null,
      Country: 'UK',
      ZipCodeStr: 'LS1',
      Phone: '+44 113 000',
    };
    const customer = toCustomer(raw);
    expect(customerSchema.parse(customer)).toEqual(customer);
    expect(customer).toEqual({
      id: '7',
      provider: 'atera',
      raw,
      name: 'Acme & Sons',
      domain: 'acme.example',
      phone: '+44 113 000',
      address: { street: '1 Main St', city: 'Leeds', state: null, postalCode: 'LS1', country: 'UK' },
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T12:00:00.000Z',
    });
  });

  it('has no address when Atera holds none', () => {
    expect(toCustomer({ CustomerID: 1, CustomerName: 'Solo' }).address).toBeNull();
  });
});
