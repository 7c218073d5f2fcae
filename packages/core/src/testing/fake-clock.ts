import { setImmediate as nextTurn } from 'node:timers/promises';
import { type Clock, abortReason } from '../time/clock';

interface Entry {
  readonly at: number;
  readonly seq: number;
  /** Sleeps are waits someone is blocked on; timers are watchdogs (request timeouts). */
  readonly kind: 'sleep' | 'timer';
  readonly fire: () => void;
  cancelled: boolean;
}

export interface FakeClockOptions {
  /** Start time in epoch ms (default 2026-01-01T00:00:00Z). */
  readonly start?: number | undefined;
  /**
   * Jump ahead to the next pending sleep whenever the process has nothing else to do, so backoff and
   * rate-limit waits finish at once in virtual time. Watchdog timers never trigger a jump: advance
   * the clock yourself to make a request time out. Default true.
   */
  readonly autoAdvance?: boolean | undefined;
}

/** Event-loop turns to let in-flight work (mocked HTTP, promise chains) settle before jumping ahead. */
const SETTLE_TURNS = 20;

/**
 * A virtual clock for tests: nothing ever sleeps for real. With `autoAdvance` (the default) waits
 * complete immediately while virtual time moves on exactly as far as they asked; `advance(ms)`
 * moves time by hand and fires whatever falls due, in order.
 */
export class FakeClock implements Clock {
  #now: number;
  #seq = 0;
  readonly #entries: Entry[] = [];
  readonly #autoAdvance: boolean;
  #autoScheduled = false;
  #compactAt = 1024;

  constructor(options: FakeClockOptions = {}) {
    this.#now = options.start ?? Date.UTC(2026, 0, 1);
    this.#autoAdvance = options.autoAdvance ?? true;
  }

  now(): number {
    return this.#now;
  }

  /** Virtual milliseconds elapsed since `since`. */
  elapsedSince(since: number): number {
    return this.#now - since;
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      if (signal?.aborted) {
        reject(abortReason(signal));
        return;
      }
      const onAbort = (): void => {
        entry.cancelled = true;
        reject(abortReason(signal));
      };
      const entry = this.#add(ms, 'sleep', () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      });
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#scheduleAutoAdvance();
    });
  }

  setTimer(ms: number, onFire: () => void): () => void {
    const entry = this.#add(ms, 'timer', onFire);
    return () => {
      entry.cancelled = true;
    };
  }

  /** Pending sleeps and timers. */
  get pending(): number {
    return this.#entries.filter((entry) => !entry.cancelled).length;
  }

  /** Moves time forward by `ms`, firing due entries in time order and letting their follow-ups run. */
  async advance(ms: number): Promise<void> {
    await this.advanceTo(this.#now + ms);
  }

  async advanceTo(target: number): Promise<void> {
    for (;;) {
      await settle();
      const next = this.#earliest(() => true);
      if (!next || next.at > target) break;
      this.#fire(next);
    }
    this.#now = Math.max(this.#now, target);
    await settle();
  }

  #add(ms: number, kind: Entry['kind'], fire: () => void): Entry {
    // Like setTimeout, a NaN delay means "now"; an infinite one never comes (advance skips it).
    const delay = Number.isNaN(ms) ? 0 : Math.max(0, ms);
    const entry: Entry = { at: this.#now + delay, seq: this.#seq++, kind, fire, cancelled: false };
    this.#compact();
    this.#entries.push(entry);
    return entry;
  }

  #earliest(accept: (entry: Entry) => boolean): Entry | undefined {
    let best: Entry | undefined;
    for (const entry of this.#entries) {
      if (entry.cancelled || !accept(entry)) continue;
      if (!best || entry.at < best.at || (entry.at === best.at && entry.seq < best.seq)) best = entry;
    }
    return best;
  }

  #fire(entry: Entry): void {
    this.#entries.splice(this.#entries.indexOf(entry), 1);
    this.#now = Math.max(this.#now, entry.at);
    entry.fire();
  }

  #scheduleAutoAdvance(): void {
    if (!this.#autoAdvance || this.#autoScheduled) return;
    this.#autoScheduled = true;
    void (async () => {
      await settle();
      this.#autoScheduled = false;
      const next = this.#earliest((entry) => entry.kind === 'sleep' && Number.isFinite(entry.at));
      if (!next) return;
      // Everything due up to that sleep fires in order, watchdogs included.
      for (let due = this.#earliest(() => true); due && due.at <= next.at; due = this.#earliest(() => true)) this.#fire(due);
      if (this.#earliest((entry) => entry.kind === 'sleep' && Number.isFinite(entry.at))) this.#scheduleAutoAdvance();
    })();
  }

  /** Drops cancelled entries; runs when the list has doubled since the last pass, so adding stays O(1) amortised. */
  #compact(): void {
    if (this.#entries.length < this.#compactAt) return;
    let live = 0;
    for (const entry of this.#entries) if (!entry.cancelled) this.#entries[live++] = entry;
    this.#entries.length = live;
    this.#compactAt = Math.max(1024, 2 * live);
  }
}

async function settle(): Promise<void> {
  for (let turn = 0; turn < SETTLE_TURNS; turn++) await nextTurn();
}
