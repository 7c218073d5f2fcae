import { type SandboxFaultKind, sandboxFaultKinds } from '@psagate/core/sandbox-kit';
import { type SoakOperationKind, defaultOperationWeights } from './workload';

/** How one provider is soaked. */
export interface SoakOptions {
  /** Operations in the workload. */
  readonly operations: number;
  /** Seeds the workload, the sandbox's data and its fault draws. */
  readonly seed: number;
  /** Share of requests (0..1) the sandbox faults. */
  readonly faultRate: number;
  readonly faultKinds: readonly SandboxFaultKind[];
  /** Operations in flight at once (walks always run alone). */
  readonly concurrency: number;
  /** The client's per-attempt timeout; `slowMs` must exceed it so slow faults time out. */
  readonly timeoutMs: number;
  /** How long a `slow` fault holds its answer. */
  readonly slowMs: number;
  /** `Retry-After` of an injected burst (sent as decimal seconds under a second). */
  readonly burstRetryAfterMs: number;
  /** The sandbox's real rate limit: requests per window. */
  readonly sandboxRequestsPerWindow: number;
  /** The client's budget per window: below the sandbox's, leaving room for token requests it does not budget. */
  readonly clientRequestsPerWindow: number;
  readonly rateWindowMs: number;
  /** Relative weights of the operation kinds (kinds a provider cannot do are skipped). */
  readonly operationWeights: Readonly<Record<SoakOperationKind, number>>;
  /** Problem kinds kept for the report (the counters count them all). */
  readonly maxProblems: number;
}

export const defaultSoakOptions: SoakOptions = {
  operations: 5_000,
  seed: 20_261_125,
  faultRate: 0.2,
  faultKinds: sandboxFaultKinds,
  concurrency: 8,
  timeoutMs: 150,
  slowMs: 400,
  burstRetryAfterMs: 25,
  sandboxRequestsPerWindow: 300,
  clientRequestsPerWindow: 290,
  rateWindowMs: 500,
  operationWeights: defaultOperationWeights,
  maxProblems: 12,
};
