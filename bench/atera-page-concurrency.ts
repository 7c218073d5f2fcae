import { ateraProvider } from '@psagate/atera';
import { createAteraSandbox } from '@psagate/atera/sandbox';
import { createGateway } from '@psagate/core';
import { type SandboxHandler, serveOnLoopback } from '@psagate/core/sandbox-kit';
import { median, printTable } from './measure';

/** One row of the table: the config's `pageConcurrency`, and the rate lane's `maxConcurrency` (undefined: Atera's default). */
interface Setting {
  readonly pageConcurrency: number;
  readonly laneMaxConcurrency?: number | undefined;
}

/** Atera's rate lane allows this many requests in flight unless `rateLimit.maxConcurrency` says otherwise. */
const ATERA_LANE_MAX_CONCURRENCY = 8;

const SETTINGS: readonly Setting[] = [
  { pageConcurrency: 1 },
  { pageConcurrency: 4 },
  { pageConcurrency: 8 },
  { pageConcurrency: 16 },
  { pageConcurrency: 16, laneMaxConcurrency: 16 },
];

/** What one walk measured on the sandbox side. */
interface Walk {
  readonly records: number;
  readonly requests: number;
  readonly peakInFlight: number;
  /** Requests in flight averaged over the walk's wall time. */
  readonly meanInFlight: number;
  readonly ms: number;
}

/**
 * Neutral `gateway.devices.list()` against native `gateway.native.agents.list()` on one Atera
 * gateway per setting, over a loopback sandbox with simulated latency and no rate limit on either
 * side. Requests in flight are counted where they arrive (around the sandbox's handler), so they
 * are what the server sees. The two walks alternate order round by round; medians are printed.
 * The neutral list walks the agents and then the four monitored device lists (one page each here).
 */
export async function ateraPageConcurrency(options: { agents: number; rounds: number; latencyMs: { min: number; max: number } }): Promise<void> {
  const sandbox = createAteraSandbox({ size: { agents: options.agents }, latencyMs: options.latencyMs, rateLimit: false, recordRequests: false });
  const gauge = new InFlightGauge();
  const server = await serveOnLoopback(gauge.around(sandbox.handle));
  const rows: string[][] = [['pageConcurrency', 'lane max', 'list', 'records', 'requests', 'peak in flight', 'mean in flight', 'walk time']];
  try {
    for (const setting of SETTINGS) {
      const gateway = createGateway(
        {
          provider: 'atera',
          apiKey: sandbox.apiKey,
          baseUrl: server.url,
          pageConcurrency: setting.pageConcurrency,
          // A budget no walk here comes near: only concurrency shapes the walks.
          requestsPerMinute: 100_000,
          ...(setting.laneMaxConcurrency === undefined ? {} : { rateLimit: { maxConcurrency: setting.laneMaxConcurrency } }),
        },
        { providers: [ateraProvider] },
      );
      try {
        const contenders = [
          { name: 'neutral devices.list()', list: () => gateway.devices.list() },
          { name: 'native agents.list()', list: () => gateway.native.agents.list() },
        ].map(({ name, list }) => ({ name, list, run: async () => (await list().toArray()).length }));
        const walks = new Map<string, Walk[]>(contenders.map((contender) => [contender.name, []]));
        // A first page each warms the gateway up (connection, JIT, customer names), then alternating rounds.
        for (const contender of contenders) await contender.list().first();
        for (let round = 0; round < options.rounds; round++) {
          for (const contender of round % 2 === 0 ? contenders : [...contenders].reverse()) walks.get(contender.name)?.push(await gauge.measure(contender.run));
        }
        for (const contender of contenders) {
          const measured = walks.get(contender.name) ?? [];
          rows.push([
            String(setting.pageConcurrency),
            setting.laneMaxConcurrency === undefined ? `${ATERA_LANE_MAX_CONCURRENCY} (default)` : String(setting.laneMaxConcurrency),
            contender.name,
            String(median(measured.map((walk) => walk.records))),
            String(median(measured.map((walk) => walk.requests))),
            String(median(measured.map((walk) => walk.peakInFlight))),
            median(measured.map((walk) => walk.meanInFlight)).toFixed(1),
            `${(median(measured.map((walk) => walk.ms)) / 1000).toFixed(2)} s`,
          ]);
        }
      } finally {
        await gateway.close();
      }
    }
  } finally {
    await server.close();
  }
  const { min, max } = options.latencyMs;
  printTable(
    `Atera lists by pageConcurrency: ${options.agents.toLocaleString('en')} agents (+ 24 monitored devices in the neutral list), pages of 50, ${min}–${max} ms simulated latency, no rate limit (loopback sandbox, median of ${options.rounds} round${options.rounds === 1 ? '' : 's'}, alternating order)`,
    rows,
  );
}

/** Counts the requests a handler is answering, over time. */
class InFlightGauge {
  #inFlight = 0;
  #peak = 0;
  #requests = 0;
  /** Integral of requests in flight over time (request-milliseconds) since the last change. */
  #area = 0;
  #changedAt = performance.now();

  around(handler: SandboxHandler): SandboxHandler {
    return async (request) => {
      this.#change(+1);
      try {
        return await handler(request);
      } finally {
        this.#change(-1);
      }
    };
  }

  /** Runs one walk and answers what the handler saw meanwhile. */
  async measure(walk: () => Promise<number>): Promise<Walk> {
    if (this.#inFlight !== 0) throw new Error(`a walk started with ${this.#inFlight} requests still in flight`);
    this.#peak = 0;
    this.#requests = 0;
    this.#area = 0;
    const started = performance.now();
    this.#changedAt = started;
    const records = await walk();
    const ms = performance.now() - started;
    this.#change(0);
    return { records, requests: this.#requests, peakInFlight: this.#peak, meanInFlight: this.#area / ms, ms };
  }

  #change(delta: number): void {
    const now = performance.now();
    this.#area += this.#inFlight * (now - this.#changedAt);
    this.#changedAt = now;
    this.#inFlight += delta;
    if (delta > 0) this.#requests++;
    this.#peak = Math.max(this.#peak, this.#inFlight);
  }
}
