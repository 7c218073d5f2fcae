/**
 * The sandbox by its former path: core's gateway tests import the example from here. New code
 * imports from the example's `index.ts`.
 */
export { createHelpdeskSandbox } from './sandbox/helpdesk-sandbox';
export type { HelpdeskSandbox, HelpdeskSandboxOptions } from './sandbox/helpdesk-sandbox';
