import { ConfigError } from '../errors/error-types';
import { mulberry32 } from './seeded-prng';

/**
 * What can go wrong with one request. Status kinds answer with that status; `rate-limit-burst*`
 * answer 429 (with or without `Retry-After`); `drop-before-write` cuts the connection before a write
 * is applied and `drop-after-write` after it; `slow` delays the answer by `slowMs`;
 * `malformed-json` serves the answer with its body cut short.
 */
export type SandboxFaultKind =
  | '500'
  | '502'
  | '503'
  | '504'
  | 'rate-limit-burst'
  | 'rate-limit-burst-no-retry-after'
  | 'drop-before-write'
  | 'drop-after-write'
  | 'slow'
  | 'malformed-json';

export const sandboxFaultKinds: readonly SandboxFaultKind[] = [
  '500',
  '502',
  '503',
  '504',
  'rate-limit-burst',
  'rate-limit-burst-no-retry-after',
  'drop-before-write',
  'drop-after-write',
  'slow',
  'malformed-json',
];

export interface FaultPlanOptions {
  /** Share of requests (0..1) that get a random fault from `kinds`. Default 0. */
  readonly rate?: number | undefined;
  /** Kinds random faults are drawn from. Default: all of them. */
  readonly kinds?: readonly SandboxFaultKind[] | undefined;
  /** Seed of the random draws, so a run can be replayed. Default 1. */
  readonly seed?: number | undefined;
  /** How long a `slow` fault delays the answer. Default 2,000 ms. */
  readonly slowMs?: number | undefined;
  /**
   * The wait a `rate-limit-burst` fault asks for in `Retry-After`. Default 1,000 ms. Under a second
   * it is sent as decimal seconds (`0.1`), which real servers do not do, so soaks need not sleep whole seconds.
   */
  readonly burstRetryAfterMs?: number | undefined;
}

export interface InjectFaultOptions {
  /** How many matching requests get it. Default 1. */
  readonly count?: number | undefined;
  /** Only requests of this route (the sandbox's route or operation name); any route when omitted. */
  readonly route?: string | undefined;
}

/** The request a fault is drawn for. */
export interface FaultTarget {
  /** The sandbox's name for the route (an operation id), when it matched one. */
  readonly route?: string | undefined;
  /** Whether the request changes state: only writes can be dropped. */
  readonly write: boolean;
}

interface Injected {
  readonly kind: SandboxFaultKind;
  readonly route: string | undefined;
  left: number;
}

const DEFAULT_SLOW_MS = 2_000;
const DEFAULT_BURST_RETRY_AFTER_MS = 1_000;

/**
 * Decides which requests fail and how: faults injected by tests first (in the order injected), then
 * random ones at `rate`, drawn from a seeded generator. `drop-*` faults only ever hit writes; an
 * injected one waits for the next matching write.
 */
export class FaultPlan {
  readonly slowMs: number;
  readonly burstRetryAfterMs: number;
  readonly #rate: number;
  readonly #kinds: readonly SandboxFaultKind[];
  readonly #random: () => number;
  readonly #injected: Injected[] = [];

  constructor(options: FaultPlanOptions = {}) {
    const rate = options.rate ?? 0;
    if (!(rate >= 0 && rate <= 1)) throw new ConfigError(`Sandbox fault rate must be between 0 and 1, got ${String(options.rate)}.`);
    for (const kind of options.kinds ?? []) assertKind(kind);
    const slowMs = options.slowMs ?? DEFAULT_SLOW_MS;
    if (!(slowMs >= 0 && Number.isFinite(slowMs))) throw new ConfigError(`Sandbox slowMs must be a non-negative number of milliseconds, got ${String(options.slowMs)}.`);
    const burstRetryAfterMs = options.burstRetryAfterMs ?? DEFAULT_BURST_RETRY_AFTER_MS;
    if (!(burstRetryAfterMs > 0 && Number.isFinite(burstRetryAfterMs))) {
      throw new ConfigError(`Sandbox burstRetryAfterMs must be a positive number of milliseconds, got ${String(options.burstRetryAfterMs)}.`);
    }
    this.#rate = rate;
    this.#kinds = options.kinds ?? sandboxFaultKinds;
    this.#random = mulberry32(options.seed ?? 1);
    this.slowMs = slowMs;
    this.burstRetryAfterMs = burstRetryAfterMs;
  }

  /** Makes the next `count` matching requests fail with `kind`, whatever the random rate. */
  inject(kind: SandboxFaultKind, options: InjectFaultOptions = {}): void {
    assertKind(kind);
    const count = options.count ?? 1;
    if (!Number.isInteger(count) || count < 1) throw new ConfigError(`injectFault count must be a positive integer, got ${String(options.count)}.`);
    this.#injected.push({ kind, route: options.route, left: count });
  }

  /** Injected faults not used yet. */
  get pendingInjections(): number {
    return this.#injected.reduce((sum, entry) => sum + entry.left, 0);
  }

  /** Drops every injected fault not used yet. */
  clearInjected(): void {
    this.#injected.length = 0;
  }

  /** The fault for this request, if any. */
  draw(target: FaultTarget): SandboxFaultKind | undefined {
    const injected = this.#takeInjected(target);
    if (injected) return injected;
    if (this.#rate === 0 || this.#random() >= this.#rate) return undefined;
    const applicable = target.write ? this.#kinds : this.#kinds.filter((kind) => !isDropKind(kind));
    if (applicable.length === 0) return undefined;
    return applicable[Math.floor(this.#random() * applicable.length)];
  }

  #takeInjected(target: FaultTarget): SandboxFaultKind | undefined {
    if (this.#injected.length === 0) return undefined;
    const index = this.#injected.findIndex(
      (entry) => (entry.route === undefined || entry.route === target.route) && (target.write || !isDropKind(entry.kind)),
    );
    const entry = this.#injected[index];
    if (!entry) return undefined;
    if (--entry.left === 0) this.#injected.splice(index, 1);
    return entry.kind;
  }
}

export function isDropKind(kind: SandboxFaultKind): kind is 'drop-before-write' | 'drop-after-write' {
  return kind === 'drop-before-write' || kind === 'drop-after-write';
}

/** The status a status-kind fault answers with (`'503'` → 503), or undefined for other kinds. */
export function faultStatus(kind: SandboxFaultKind): number | undefined {
  return kind === '500' || kind === '502' || kind === '503' || kind === '504' ? Number(kind) : undefined;
}

function assertKind(kind: string): void {
  if (!(sandboxFaultKinds as readonly string[]).includes(kind)) {
    throw new ConfigError(`Unknown sandbox fault kind ${JSON.stringify(kind)}; use one of ${sandboxFaultKinds.join(', ')}.`);
  }
}
