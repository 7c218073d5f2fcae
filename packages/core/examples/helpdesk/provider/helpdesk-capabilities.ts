import type { ProviderSupport } from '@psagate/core/provider';

/** What Helpdesk supports; filters not listed as server-side are applied by the gateway. */
export const helpdeskCapabilities = {
  tickets: { operations: ['list', 'get', 'create', 'update', 'listComments', 'addComment'], serverFilters: ['status'] },
  devices: { operations: ['list', 'get'] },
  alerts: { operations: ['list', 'get', 'resolve'] },
  customers: { operations: ['list', 'get'] },
} as const satisfies ProviderSupport;
