/**
 * Time as psagate sees it. Everything that waits (backoff, rate-limit pauses, token expiry,
 * timeouts) goes through a Clock, so tests swap in a fake one and never sleep for real.
 */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** A wait the caller is blocked on. Rejects with the signal's reason if it is aborted first. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  /**
   * A watchdog nobody waits on (a request timeout): runs `onFire` after `ms` unless cancelled with
   * the returned function. Fake clocks never jump ahead just to fire one.
   */
  setTimer(ms: number, onFire: () => void): () => void;
}

/** The real clock: `Date.now()` and `setTimeout`. */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) {
        reject(abortReason(signal));
        return;
      }
      const onAbort = (): void => {
        clearTimeout(timer);
        reject(abortReason(signal));
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, Math.max(0, ms));
      signal?.addEventListener('abort', onAbort, { once: true });
    }),
  setTimer: (ms, onFire) => {
    const timer = setTimeout(onFire, Math.max(0, ms));
    timer.unref?.();
    return () => clearTimeout(timer);
  },
};

export function abortReason(signal: AbortSignal | undefined): unknown {
  return signal?.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}
