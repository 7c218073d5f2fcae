/**
 * The HaloPSA sandbox: an in-memory Halo instance for tests (msw handlers) and demos (a loopback
 * server). Importing this entry loads msw, an optional peer dependency.
 */
export { createHaloSandbox } from './halo-sandbox';
export type { HaloSandbox, HaloSandboxGatewayConfig, HaloSandboxOptions, HaloSandboxRequest } from './halo-sandbox';
export type { HaloSandboxSizes } from './seed-state';
export type { HaloSandboxState } from './sandbox-records';
export { HALO_NO_DATE, SANDBOX_PRIORITY, SANDBOX_STATUS, SANDBOX_TICKET_TYPE } from './sandbox-records';
export { haloErrorStyles } from './error-bodies';
export type { HaloErrorStyle } from './error-bodies';
