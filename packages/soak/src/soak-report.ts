import type { SandboxFaultKind } from '@psagate/core/sandbox-kit';
import type { SoakOperationKind } from './workload';

/** What one provider's soak did and found. */
export interface SoakReport {
  readonly provider: string;
  readonly seed: number;
  readonly operations: number;
  readonly operationsByKind: Readonly<Partial<Record<SoakOperationKind, number>>>;
  /** Operations that ended in an error (every one judged by `judgeFailure`). */
  readonly failedOperations: number;
  /** Requests the sandbox received. */
  readonly requests: number;
  readonly faultsInjected: number;
  readonly faultsByKind: Readonly<Partial<Record<SandboxFaultKind, number>>>;
  /** Attempts the transport repeated (`retry` events). */
  readonly retries: number;
  /** Times a request waited for the rate budget (`rateLimitWait` events other than concurrency). */
  readonly rateLimitWaits: number;
  /** 429s the sandbox's real limiter gave: requests sent past the rate budget. Must be 0. */
  readonly rateLimited: number;
  /** 429s injected as faults (bursts), shown apart from the real ones. */
  readonly injectedRateLimited: number;
  /** Records a walk missed, and writes the client reported done that the sandbox does not hold. */
  readonly recordsLost: number;
  /** Records a walk returned twice, or that the sandbox never held. */
  readonly recordsDuplicated: number;
  /** Creates and comments the sandbox holds more than once. */
  readonly writesDuplicated: number;
  /** Failures that were not a `PsaError`. */
  readonly untypedErrors: number;
  /** Failures whose `retryable`/`maybeApplied` misled the caller (see `judgeFailure`). */
  readonly misflaggedErrors: number;
  /** Creates and comments that failed yet were applied (told as maybeApplied; not a fault of the client). */
  readonly failedWritesApplied: number;
  /**
   * Resource walks that finished and were checked for lost and repeated records. A walk that fails
   * is judged as a failure but cannot be checked, so at least one must finish or the check proved nothing.
   */
  readonly walksVerified: number;
  readonly durationMs: number;
  /** Problems found, one line per kind (how many, and the first one), most frequent first. */
  readonly problems: readonly string[];
}

/** The counters that must be zero. */
export const failingCounters = ['rateLimited', 'recordsLost', 'recordsDuplicated', 'writesDuplicated', 'untypedErrors', 'misflaggedErrors'] as const satisfies readonly (keyof SoakReport)[];

/** The counters that must be above zero, or a check they stand for ran on nothing. */
export const requiredCounters = ['walksVerified'] as const satisfies readonly (keyof SoakReport)[];

export function soakPassed(report: SoakReport): boolean {
  return failingCounters.every((counter) => report[counter] === 0) && requiredCounters.every((counter) => report[counter] > 0);
}
