/**
 * `@psagate/soak`: the chaos soak behind `pnpm soak`. Seeded, fault-heavy workloads through the
 * neutral gateway against each provider's sandbox on a loopback port, checked against the sandbox's
 * own state: no record lost or repeated by a walk, no write applied twice, every failure a typed
 * error that says truthfully whether to retry, no request past the rate budget.
 */
export { runSoak } from './run-soak';
export { defaultSoakOptions } from './soak-options';
export type { SoakOptions } from './soak-options';
export { failingCounters, requiredCounters, soakPassed } from './soak-report';
export type { SoakReport } from './soak-report';
export { soakResources } from './soak-target';
export type { SoakResource, SoakSandbox, SoakSandboxSettings, SoakSession, SoakTarget, SoakWrites } from './soak-target';
export { soakTargets } from './targets/index';
export { ateraSoakTarget } from './targets/atera-target';
export { haloSoakTarget } from './targets/halo-target';
export { automateSoakTarget } from './targets/automate-target';
export { defaultOperationWeights, generateWorkload, pickId } from './workload';
export type { SoakOperation, SoakOperationKind } from './workload';
export { checkWalk } from './walk-check';
export type { WalkDiscrepancies } from './walk-check';
export { judgeFailure } from './failure-check';
export type { FailedOperation, FailureVerdict } from './failure-check';
export { formatFaultKinds, formatSoakTable } from './report-table';
