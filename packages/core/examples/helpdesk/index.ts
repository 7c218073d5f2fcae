/**
 * The example adapter's public exports: what a provider package's `src/index.ts` would export.
 * Everything else is internal to the example.
 */
export { helpdeskProvider } from './provider/helpdesk-provider';
export { createHelpdeskClient } from './client/create-helpdesk-client';
export type { HelpdeskClient } from './client/helpdesk-client';
export { HELPDESK_BASE_URL, helpdeskConfigSchema, helpdeskRatePolicy } from './config';
export type { HelpdeskConfig, HelpdeskConfigInput } from './config';
export * as helpdeskMapping from './mapping/index';
export * from './schemas/helpdesk-records';
export * from './schemas/helpdesk-inputs';
export type { HelpdeskOperationId } from './routes/helpdesk-routes';
export { createHelpdeskSandbox } from './sandbox/helpdesk-sandbox';
export type { HelpdeskSandbox, HelpdeskSandboxOptions } from './sandbox/helpdesk-sandbox';
export type { HelpdeskSandboxRequest } from './sandbox/helpdesk-http-layer';
