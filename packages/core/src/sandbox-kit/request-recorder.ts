import type { SandboxFaultKind } from './fault-plan';

/** Counters every sandbox keeps. */
export interface SandboxStats {
  /** Requests that reached the sandbox, answered or not. */
  readonly requests: number;
  /** Requests per route (the sandbox's route name, or `unmatched`). */
  readonly byRoute: Readonly<Record<string, number>>;
  /** Requests refused with 429 by the rate limit (not by an injected burst). */
  readonly rateLimited: number;
  readonly faultsInjected: number;
  readonly faultsByKind: Readonly<Partial<Record<SandboxFaultKind, number>>>;
  /** Writes that changed state (including those whose answer was then dropped). */
  readonly writesApplied: number;
}

export interface RequestRecorderOptions {
  /** Keep every request's entry in `entries`. Counters are kept either way. Default true. */
  readonly record?: boolean | undefined;
}

/**
 * A sandbox's request log and counters. The entry shape is the sandbox's own; recording can be
 * switched off for long benchmark runs, which keeps memory flat.
 */
export class RequestRecorder<Entry> {
  readonly recording: boolean;
  readonly #entries: Entry[] = [];
  readonly #byRoute = new Map<string, number>();
  readonly #faultsByKind = new Map<SandboxFaultKind, number>();
  #requests = 0;
  #rateLimited = 0;
  #faultsInjected = 0;
  #writesApplied = 0;

  constructor(options: RequestRecorderOptions = {}) {
    this.recording = options.record ?? true;
  }

  /** Entries in arrival order (empty when recording is off). */
  get entries(): readonly Entry[] {
    return this.#entries;
  }

  get requestCount(): number {
    return this.#requests;
  }

  /** Counts a request as it arrives. */
  countRequest(route = 'unmatched'): void {
    this.#requests++;
    this.#byRoute.set(route, (this.#byRoute.get(route) ?? 0) + 1);
  }

  countRateLimited(): void {
    this.#rateLimited++;
  }

  countFault(kind: SandboxFaultKind): void {
    this.#faultsInjected++;
    this.#faultsByKind.set(kind, (this.#faultsByKind.get(kind) ?? 0) + 1);
  }

  countWriteApplied(): void {
    this.#writesApplied++;
  }

  /** Keeps an entry when recording is on. */
  record(entry: Entry): void {
    if (this.recording) this.#entries.push(entry);
  }

  /** Empties the log and zeroes the counters. */
  clear(): void {
    this.#entries.length = 0;
    this.#byRoute.clear();
    this.#faultsByKind.clear();
    this.#requests = this.#rateLimited = this.#faultsInjected = this.#writesApplied = 0;
  }

  stats(): SandboxStats {
    return {
      requests: this.#requests,
      byRoute: Object.fromEntries(this.#byRoute),
      rateLimited: this.#rateLimited,
      faultsInjected: this.#faultsInjected,
      faultsByKind: Object.fromEntries(this.#faultsByKind) as Partial<Record<SandboxFaultKind, number>>,
      writesApplied: this.#writesApplied,
    };
  }
}
