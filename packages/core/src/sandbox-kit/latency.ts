import { ConfigError } from '../errors/error-types';
import { mulberry32 } from './seeded-prng';

/** Simulated latency: a fixed number of milliseconds, or a range drawn from uniformly. */
export type LatencySpec = number | { readonly min: number; readonly max: number };

export interface LatencyOptions {
  /** How to wait; default a real `setTimeout`. Pass a fake clock's `sleep` in tests. */
  readonly sleep?: ((ms: number) => Promise<void>) | undefined;
  /** Seed of the draws within a range. Default 1. */
  readonly seed?: number | undefined;
}

const DONE = Promise.resolve();

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits like a network would. With no latency (the default) no timer is ever created. */
export class Latency {
  readonly #min: number;
  readonly #max: number;
  readonly #sleep: (ms: number) => Promise<void>;
  readonly #random: () => number;

  constructor(spec: LatencySpec | undefined, options: LatencyOptions = {}) {
    const { min, max } = typeof spec === 'object' ? spec : { min: spec ?? 0, max: spec ?? 0 };
    if (!(Number.isFinite(min) && Number.isFinite(max) && min >= 0 && max >= min)) {
      throw new ConfigError(`Sandbox latencyMs must be a non-negative number or { min, max } with 0 <= min <= max, got ${JSON.stringify(spec)}.`);
    }
    this.#min = min;
    this.#max = max;
    this.#sleep = options.sleep ?? realSleep;
    this.#random = mulberry32(options.seed ?? 1);
  }

  /** The next delay in milliseconds. */
  draw(): number {
    return this.#max === this.#min ? this.#min : this.#min + Math.round(this.#random() * (this.#max - this.#min));
  }

  /** Waits one delay (an already settled promise when it is 0). */
  wait(): Promise<void> {
    const ms = this.draw();
    return ms > 0 ? this.#sleep(ms) : DONE;
  }

  /** Waits `ms` through the same sleep (for `slow` faults). */
  pause(ms: number): Promise<void> {
    return ms > 0 ? this.#sleep(ms) : DONE;
  }
}
