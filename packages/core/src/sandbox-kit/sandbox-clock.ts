import type { Clock } from '../time/clock';

/** A sandbox's sense of time: a `() => number` in epoch milliseconds, or a core `Clock`. */
export type SandboxClock = (() => number) | Pick<Clock, 'now'> | Pick<Clock, 'now' | 'sleep'>;

/** The `now()` of a sandbox clock option; `Date.now` when none is given. */
export function nowOf(clock: SandboxClock | undefined): () => number {
  if (clock === undefined) return Date.now;
  if (typeof clock === 'function') return clock;
  return () => clock.now();
}

/** The clock's `sleep` when it has one (a core `Clock`), so latency follows a fake clock too. */
export function sleepOf(clock: SandboxClock | undefined): ((ms: number) => Promise<void>) | undefined {
  if (clock === undefined || typeof clock === 'function' || !('sleep' in clock)) return undefined;
  return (ms) => clock.sleep(ms);
}
