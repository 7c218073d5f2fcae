import { type Clock, abortReason } from '../time/clock';
import type { RateLimitInfo } from './rate-limit-headers';

/** A rate budget: at most `requestsPerWindow` starts in any `windowMs`, and `maxConcurrency` in flight. */
export interface RateLimitPolicy {
  readonly requestsPerWindow: number;
  readonly windowMs: number;
  readonly maxConcurrency: number;
  /**
   * How much longer than `windowMs` the limiter keeps counting a start (default: 1% of the window,
   * between 50 ms and 1 s), so that the delay between starting a request and the server counting it
   * never turns into a 429. Set 0 to enforce the window exactly.
   */
  readonly windowMarginMs?: number | undefined;
}

/** Why a request had to wait for its turn. */
export type RateLimitWaitReason = 'window' | 'server' | 'retry-after' | 'concurrency';

export interface AcquireOptions {
  readonly signal?: AbortSignal | undefined;
  /** Told how long this request waited and why, when it waited at all. */
  readonly onWait?: ((waitMs: number, reason: RateLimitWaitReason) => void) | undefined;
}

/** A granted turn; release it when the response (or failure) is in. */
export interface RateLimitPermit {
  release(): void;
}

/** Decides when each request may start. One per credential lane; rebind it in the container to share one across processes. */
export interface RateLimiter {
  acquire(options?: AcquireOptions): Promise<RateLimitPermit>;
  /** What a response said about the budget: pauses on 429/Retry-After, slows down when the server's remaining count runs out. */
  observe(status: number, info: RateLimitInfo): void;
}

interface Waiter {
  readonly resolve: (permit: RateLimitPermit) => void;
  readonly reject: (reason: unknown) => void;
  readonly options: AcquireOptions;
  readonly enqueuedAt: number;
  reason: RateLimitWaitReason | undefined;
  onAbort?: () => void;
}

type Block = { readonly until: number; readonly reason: RateLimitWaitReason } | 'concurrency';

/** Two reset times closer than this belong to the same server window. */
const SAME_WINDOW_TOLERANCE_MS = 1_000;

/**
 * The limiter counts a request when it starts; the server counts it when it arrives, a few
 * milliseconds later and not always in the same order. Holding each start in the window a little
 * longer keeps that skew from ever showing up as a 429.
 */
export function defaultWindowMarginMs(windowMs: number): number {
  return Math.min(1_000, Math.max(50, windowMs / 100));
}

/**
 * A sliding-window limiter: it remembers the start time of the last `requestsPerWindow` grants,
 * so no window of `windowMs` ever holds more. Waiters are served first come, first served. It also
 * obeys the server: a `Retry-After` pauses the whole lane, and a server-reported `remaining` of
 * zero holds requests until the server's reset time.
 */
export class SlidingWindowRateLimiter implements RateLimiter {
  readonly policy: RateLimitPolicy;
  readonly #clock: Clock;
  /** The window as the limiter enforces it: the policy's, plus the safety margin. */
  readonly #windowMs: number;
  /** Start times of recent grants, oldest first; entries before `#startsHead` have left the window. */
  readonly #starts: number[] = [];
  #startsHead = 0;
  #active = 0;
  readonly #queue: Waiter[] = [];
  #pausedUntil = 0;
  #serverRemaining: number | undefined;
  #serverResetAt: number | undefined;
  #wakeAt: number | undefined;
  #wakeCancel: AbortController | undefined;

  constructor(policy: RateLimitPolicy, clock: Clock) {
    // Only the three budget fields are checked: a policy may come from a config object with more keys.
    for (const name of ['requestsPerWindow', 'windowMs', 'maxConcurrency'] as const) {
      const value = policy[name];
      const whole = name !== 'windowMs';
      if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || (whole && !Number.isInteger(value))) {
        throw new RangeError(`Rate limit ${name} must be a positive ${whole ? 'integer' : 'number'}, got ${String(value)}`);
      }
    }
    this.policy = policy;
    const margin = policy.windowMarginMs ?? defaultWindowMarginMs(policy.windowMs);
    if (!Number.isFinite(margin) || margin < 0) throw new RangeError(`Rate limit windowMarginMs must be zero or more, got ${String(margin)}`);
    this.#windowMs = policy.windowMs + margin;
    this.#clock = clock;
  }

  /** Requests currently holding a permit. */
  get active(): number {
    return this.#active;
  }

  /** Requests waiting for a permit. */
  get waiting(): number {
    return this.#queue.length;
  }

  acquire(options: AcquireOptions = {}): Promise<RateLimitPermit> {
    const { signal } = options;
    if (signal?.aborted) return Promise.reject(abortReason(signal));
    const now = this.#clock.now();
    const block = this.#blockAt(now);
    if (this.#queue.length === 0 && block === undefined) return Promise.resolve(this.#grant(now));
    // Behind other waiters with no block of its own, a request waits for whatever holds the head.
    const reason = block === undefined ? this.#queue[0]?.reason : block === 'concurrency' ? 'concurrency' : block.reason;
    return new Promise<RateLimitPermit>((resolve, reject) => {
      const waiter: Waiter = { resolve, reject, options, enqueuedAt: now, reason };
      if (signal) {
        waiter.onAbort = () => {
          const index = this.#queue.indexOf(waiter);
          if (index >= 0) this.#queue.splice(index, 1);
          reject(abortReason(signal));
          this.#pump();
        };
        signal.addEventListener('abort', waiter.onAbort, { once: true });
      }
      this.#queue.push(waiter);
      this.#pump();
    });
  }

  observe(status: number, info: RateLimitInfo): void {
    const now = this.#clock.now();
    if (status === 429 || status === 503) {
      const until = info.retryAfterMs !== undefined ? now + info.retryAfterMs : status === 429 ? info.resetAt : undefined;
      if (until !== undefined && until > this.#pausedUntil) this.#pausedUntil = until;
    }
    if (info.remaining !== undefined) {
      const resetAt = info.resetAt ?? now + this.policy.windowMs;
      // A late response from a window the server has already left says nothing about the current one.
      if (this.#serverResetAt !== undefined && resetAt < this.#serverResetAt - SAME_WINDOW_TOLERANCE_MS) return;
      const newWindow = this.#serverResetAt === undefined || resetAt > this.#serverResetAt + SAME_WINDOW_TOLERANCE_MS;
      // Responses arrive out of order: within one window the lowest count is the freshest.
      this.#serverRemaining = newWindow ? info.remaining : Math.min(this.#serverRemaining ?? info.remaining, info.remaining);
      this.#serverResetAt = newWindow ? resetAt : this.#serverResetAt;
      if (newWindow) this.#pump();
    }
  }

  #blockAt(now: number): Block | undefined {
    if (this.#active >= this.policy.maxConcurrency) return 'concurrency';
    if (now < this.#pausedUntil) return { until: this.#pausedUntil, reason: 'retry-after' };
    if (this.#serverRemaining !== undefined && this.#serverRemaining <= 0 && this.#serverResetAt !== undefined && now < this.#serverResetAt) {
      return { until: this.#serverResetAt, reason: 'server' };
    }
    if (this.#startsInWindow(now) >= this.policy.requestsPerWindow) {
      return { until: (this.#starts[this.#startsHead] as number) + this.#windowMs, reason: 'window' };
    }
    return undefined;
  }

  /** Grants that started less than a window (with its margin) ago. Memory stays bounded by what one window holds. */
  #startsInWindow(now: number): number {
    const cutoff = now - this.#windowMs;
    while (this.#startsHead < this.#starts.length && (this.#starts[this.#startsHead] as number) <= cutoff) this.#startsHead++;
    if (this.#startsHead > 1024 && this.#startsHead * 2 > this.#starts.length) {
      this.#starts.splice(0, this.#startsHead);
      this.#startsHead = 0;
    }
    return this.#starts.length - this.#startsHead;
  }

  #grant(now: number): RateLimitPermit {
    this.#starts.push(now);
    this.#active++;
    if (this.#serverRemaining !== undefined) this.#serverRemaining--;
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        this.#active--;
        this.#pump();
      },
    };
  }

  #pump(): void {
    while (this.#queue.length > 0) {
      const now = this.#clock.now();
      const head = this.#queue[0] as Waiter;
      const block = this.#blockAt(now);
      if (block === undefined) {
        this.#queue.shift();
        if (head.onAbort) head.options.signal?.removeEventListener('abort', head.onAbort);
        const permit = this.#grant(now);
        const waited = now - head.enqueuedAt;
        if (waited > 0 && head.reason) head.options.onWait?.(waited, head.reason);
        head.resolve(permit);
        continue;
      }
      if (block === 'concurrency') {
        head.reason ??= 'concurrency';
        return;
      }
      // A time-based block outranks concurrency as the explanation of a wait, for everyone queued:
      // those behind the head may be granted in the same pass once the block lifts.
      for (const waiter of this.#queue) if (waiter.reason === undefined || waiter.reason === 'concurrency') waiter.reason = block.reason;
      this.#wakeUpAt(block.until);
      return;
    }
  }

  #wakeUpAt(at: number): void {
    if (this.#wakeAt !== undefined && this.#wakeAt <= at) return;
    this.#wakeCancel?.abort();
    const cancel = new AbortController();
    this.#wakeCancel = cancel;
    this.#wakeAt = at;
    this.#clock.sleep(at - this.#clock.now(), cancel.signal).then(
      () => {
        if (this.#wakeCancel !== cancel) return;
        this.#wakeAt = undefined;
        this.#wakeCancel = undefined;
        this.#pump();
      },
      () => undefined,
    );
  }
}
