import type { FaultPlanOptions } from './fault-plan';
import type { LatencySpec } from './latency';
import type { SandboxClock } from './sandbox-clock';

/** A sandbox's rate budget per API key. */
export interface SandboxRateLimitOptions {
  readonly requestsPerMinute: number;
  /** Shrinks the window (same number of requests) so tests and benchmarks need not wait a minute. Default 60,000. */
  readonly windowMs?: number | undefined;
}

/** Options every provider sandbox accepts, under the same names. */
export interface SandboxCommonOptions {
  /** Simulated latency per request. Default 0 (no timer at all). */
  readonly latencyMs?: LatencySpec | undefined;
  /** Random faults; tests inject deterministic ones with `injectFault`. */
  readonly faults?: FaultPlanOptions | undefined;
  /** The rate budget per key, or `false` for none. */
  readonly rateLimit?: SandboxRateLimitOptions | false | undefined;
  /** Time for the rate limit (and, with a core `Clock`, latency sleeps). Default real time. */
  readonly clock?: SandboxClock | undefined;
  /** Keep a log of every request in `requests`. Default true; switch off for long runs. */
  readonly recordRequests?: boolean | undefined;
}
