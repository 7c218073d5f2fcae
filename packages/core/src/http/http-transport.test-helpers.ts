// Shared fixtures of the http-transport*.test.ts files (not a test file itself).
import { ApiKeyAuth } from '../auth/api-key-auth';
import type { AuthStrategy } from '../auth/auth-strategy';
import { type PsaEventMap, type PsaEventName, PsaEvents } from '../observability/events';
import type { LogLevel, PsaLogger } from '../observability/logger';
import { FakeClock } from '../testing/fake-clock';
import { HttpTransport, type HttpTransportOptions } from './http-transport';

export const API = 'https://api.test';
export const OTHER = 'https://evil.test';
export const API_KEY = 'canary-SECRET-7f3a9b2c';

export { useMswServer } from '../testing/msw-server';

export interface RecordedEvent {
  readonly name: PsaEventName;
  readonly event: PsaEventMap[PsaEventName];
}

export interface LogLine {
  readonly level: LogLevel;
  readonly message: string;
  readonly fields?: unknown;
}

export interface TransportKit {
  readonly transport: HttpTransport;
  readonly clock: FakeClock;
  readonly events: RecordedEvent[];
  readonly logs: LogLine[];
  readonly listenerErrors: unknown[];
  /** Recorded events of one kind. */
  of<K extends PsaEventName>(name: K): PsaEventMap[K][];
}

const EVENT_NAMES: readonly PsaEventName[] = ['request', 'response', 'retry', 'rateLimitWait', 'token', 'cache', 'warning', 'error'];

/** A transport on the fake clock with deterministic jitter (0.5), recording every event and log line. */
export function createKit(options: Partial<HttpTransportOptions> & { clock?: FakeClock } = {}): TransportKit {
  const clock = options.clock ?? new FakeClock();
  const listenerErrors: unknown[] = [];
  const hub = options.events ?? new PsaEvents({ onListenerError: (error) => listenerErrors.push(error) });
  const events: RecordedEvent[] = [];
  for (const name of EVENT_NAMES) hub.on(name, (event) => events.push({ name, event }));
  const logs: LogLine[] = [];
  const logger: PsaLogger = {
    debug: (message, fields) => logs.push({ level: 'debug', message, fields }),
    info: (message, fields) => logs.push({ level: 'info', message, fields }),
    warn: (message, fields) => logs.push({ level: 'warn', message, fields }),
    error: (message, fields) => logs.push({ level: 'error', message, fields }),
  };
  const transport = new HttpTransport({
    provider: 'acme',
    baseUrl: API,
    auth: apiKeyAuth(),
    random: () => 0.5,
    logger,
    ...options,
    clock,
    events: hub,
  });
  return {
    transport,
    clock,
    events,
    logs,
    listenerErrors,
    of: <K extends PsaEventName>(name: K) => events.filter((entry) => entry.name === name).map((entry) => entry.event as PsaEventMap[K]),
  };
}

export function apiKeyAuth(key: string = API_KEY): AuthStrategy {
  return new ApiKeyAuth({ key, header: 'X-API-KEY' });
}

/** The rejection of a promise that must reject. */
export async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject, but it resolved');
}

/** A promise that never settles: a server that hangs. */
export function never(): Promise<never> {
  return new Promise<never>(() => undefined);
}

/** Lets pending promise chains and mocked I/O run (real event-loop turns, no time passes). */
export async function flush(turns = 50): Promise<void> {
  for (let turn = 0; turn < turns; turn++) await new Promise<void>((resolve) => setImmediate(resolve));
}

/**
 * Lets mocked I/O run until `condition` holds. axios-retry starts each retry from a real 0 ms timer,
 * which a few event-loop turns may not reach, so tests that advance the clock by hand wait for the
 * next attempt to be under way first. No virtual time passes.
 */
export async function until(condition: () => boolean, what = 'the condition'): Promise<void> {
  for (let turn = 0; turn < 10_000; turn++) {
    if (condition()) return;
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
  }
  throw new Error(`gave up waiting for ${what}`);
}
