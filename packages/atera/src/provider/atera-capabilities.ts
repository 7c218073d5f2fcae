import type { ProviderSupport } from '@psagate/core/provider';

/**
 * What the Atera provider does, and which filters Atera (or the adapter, walking only the lists
 * that can match) applies. Every other filter is applied by the gateway on the mapped records.
 */
export const ateraCapabilities = {
  tickets: {
    operations: ['list', 'get', 'create', 'update', 'listComments', 'addComment'],
    serverFilters: ['status', 'customerId', 'updatedSince'],
  },
  devices: { operations: ['list', 'get'], serverFilters: ['kind', 'customerId'] },
  alerts: { operations: ['list', 'get', 'resolve'], serverFilters: ['status'] },
  customers: { operations: ['list', 'get'], serverFilters: ['updatedSince'] },
} as const satisfies ProviderSupport;
