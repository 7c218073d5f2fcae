/**
 * The provider by its former path: core's gateway tests import the example from here. New code
 * imports from the example's `index.ts`.
 */
export { helpdeskProvider } from './provider/helpdesk-provider';
export type { HelpdeskClient } from './client/helpdesk-client';
