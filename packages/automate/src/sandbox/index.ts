/** The Automate sandbox: an in-memory ConnectWise Automate server for tests, demos and benchmarks. */
export { createAutomateSandbox } from './automate-sandbox';
export type { AutomateSandbox, AutomateSandboxOptions, AutomateSandboxRequest, AutomateSandboxGatewayConfig } from './automate-sandbox';
export type { AutomateSandboxState, SeedCounts } from './seed';
export type { SandboxAuthState, SandboxCredentials } from './sandbox-tokens';
export { parseCondition, ConditionSyntaxError } from './condition-parser';
export type { RecordPredicate } from './condition-parser';
