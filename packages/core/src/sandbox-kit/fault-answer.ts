import { type SandboxFaultKind, faultStatus } from './fault-plan';
import { truncateJsonBody } from './malformed-json';
import { dropConnection, type SandboxAnswer } from './sandbox-answer';

export interface FaultAnswerContext {
  /** The fault drawn for this request, if any. */
  readonly fault: SandboxFaultKind | undefined;
  /** Carries out the request (applying its write) and answers it. */
  run(): Promise<Response>;
  /** An error answer in the PSA's own shape (`{"Message": ...}` for Atera). */
  error(status: number, message: string, headers?: Readonly<Record<string, string>>): Response;
  /** Waits for a `slow` fault (the sandbox's latency sleep). */
  pause(ms: number): Promise<void>;
  readonly slowMs: number;
  /** `Retry-After` of a `rate-limit-burst` fault (whole seconds, or decimal ones under a second). Default 1,000 ms. */
  readonly burstRetryAfterMs?: number | undefined;
}

const FAULT_MESSAGES: Readonly<Record<number, string>> = {
  500: 'An unexpected error occurred on the server (simulated 500).',
  502: 'The gateway received an invalid response from the upstream server (simulated 502).',
  503: 'The service is temporarily unavailable; try again later (simulated 503).',
  504: 'The gateway timed out waiting for the upstream server (simulated 504).',
};

/**
 * Answers one request under a fault: status faults and bursts answer without running it, `drop-*`
 * cut the connection before or after running it, `slow` waits first, `malformed-json` runs it and
 * cuts its body. Without a fault it just runs it.
 */
export async function answerWithFault(context: FaultAnswerContext): Promise<SandboxAnswer> {
  const { fault } = context;
  if (fault === undefined) return context.run();
  const status = faultStatus(fault);
  if (status !== undefined) return context.error(status, FAULT_MESSAGES[status] ?? `Simulated ${status}.`);
  switch (fault) {
    case 'rate-limit-burst':
      return context.error(429, 'Too many requests in a short burst; wait for Retry-After (simulated).', {
        'Retry-After': burstRetryAfterText(context.burstRetryAfterMs ?? 1_000),
      });
    case 'rate-limit-burst-no-retry-after':
      return context.error(429, 'Too many requests in a short burst (simulated).');
    case 'drop-before-write':
      return dropConnection('drop-before-write');
    case 'drop-after-write':
      await context.run();
      return dropConnection('drop-after-write');
    case 'slow':
      await context.pause(context.slowMs);
      return context.run();
    case 'malformed-json':
      return truncateJsonBody(await context.run());
    default:
      return context.run();
  }
}

/** Whole seconds rounded up, as servers send them; a wait under a second as decimal seconds (`0.25`). */
function burstRetryAfterText(ms: number): string {
  return ms < 1_000 ? String(Math.max(1, Math.ceil(ms)) / 1000) : String(Math.ceil(ms / 1000));
}
