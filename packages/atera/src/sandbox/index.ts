/**
 * `@psagate/atera/sandbox`: an in-process simulator of Atera API v3 for tests, demos and benchmarks.
 */
export { createAteraSandbox } from './atera-sandbox';
export type { AteraSandbox, AteraSandboxOptions } from './atera-sandbox';
export { ateraSandboxTicketComments } from './state/ticket-comments-of';
export type { AteraSandboxGatewayConfig, AteraSandboxInjectOptions, AteraSandboxOf } from './sandbox-assembly';
export type { AteraSandboxRequest } from './sandbox-request-log';
export type { TotalsField } from './paging';
export type { AteraSandboxState, AteraSandboxSizes } from './state/sandbox-state';
export type { AlertRecord as AteraSandboxAlert, TicketCommentRecord as AteraSandboxComment, TicketRecord as AteraSandboxTicket } from './state/records';
export type { LoopbackOptions, LoopbackServer, SandboxAnswer, SandboxFaultKind, SandboxStats } from '@psagate/core/sandbox-kit';
