import { AsyncLocalStorage } from 'node:async_hooks';
import { ConfigError, type Gateway, createGateway } from '@psagate/core';
import { judgeFailure } from './failure-check';
import { OperationGate } from './operation-gate';
import { defaultSoakOptions, type SoakOptions } from './soak-options';
import type { SoakReport } from './soak-report';
import type { SoakResource, SoakSession, SoakTarget } from './soak-target';
import { checkWalk } from './walk-check';
import { type SoakOperation, type SoakOperationKind, generateWorkload, pickId } from './workload';

/** A create or comment, judged once the sandbox is quiet (a timed-out write may land late). */
interface PendingWrite {
  readonly kind: 'create' | 'comment';
  readonly marker: string;
  readonly error?: unknown;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Soaks one provider: starts its sandbox on a loopback port with faults and a real rate limit,
 * runs a seeded workload through the neutral gateway, and checks every result against the
 * sandbox's own state.
 */
export async function runSoak(target: SoakTarget, overrides: Partial<SoakOptions> = {}): Promise<SoakReport> {
  const options: SoakOptions = { ...defaultSoakOptions, ...overrides };
  if (options.slowMs <= options.timeoutMs) {
    throw new ConfigError(`The soak's slowMs (${options.slowMs}) must exceed its timeoutMs (${options.timeoutMs}), or slow faults would not time out.`);
  }
  const startedAt = Date.now();
  const session = target.start({
    seed: options.seed,
    faults: { rate: options.faultRate, kinds: options.faultKinds, seed: options.seed, slowMs: options.slowMs, burstRetryAfterMs: options.burstRetryAfterMs },
    rateLimit: { requestsPerMinute: options.sandboxRequestsPerWindow, windowMs: options.rateWindowMs },
  });
  const server = await session.sandbox.listen({ port: 0 });
  let gateway: Gateway | undefined;
  try {
    // The provider is chosen at run time, so its config type is only known to the provider's schema,
    // which createGateway checks. Short backoffs and timeout keep the run fast; slow faults exceed it.
    gateway = createGateway(
      {
        ...(session.sandbox.gatewayConfig(server.url) as { provider: string }),
        timeoutMs: options.timeoutMs,
        retry: { maxAttempts: 4, baseDelayMs: 5, maxDelayMs: 40, maxRetryAfterMs: Math.max(1_000, options.burstRetryAfterMs), maxElapsedMs: 20_000 },
        rateLimit: { requestsPerWindow: options.clientRequestsPerWindow, windowMs: options.rateWindowMs, maxConcurrency: 8 },
      } as never,
      { providers: [target.provider] },
    ) as Gateway;
    const run = new SoakRun(target.name, session, gateway, options);
    await run.execute();
    return run.report(Date.now() - startedAt);
  } finally {
    try {
      await gateway?.close();
    } finally {
      await server.close();
    }
  }
}

/** What the transport reported about the attempts of the operation running in this async context. */
interface OperationTrace {
  /** Some attempt timed out: the sandbox may still be holding it (a slow fault) and apply it later. */
  timedOut: boolean;
}

type ProblemKind = 'lost' | 'duplicated' | 'untyped' | 'misflagged';

class SoakRun {
  readonly #gate = new OperationGate();
  readonly #trace = new AsyncLocalStorage<OperationTrace>();
  readonly #pending: PendingWrite[] = [];
  readonly #byKind: Partial<Record<SoakOperationKind, number>> = {};
  /** When writes that timed out (and may still land) will have landed, by the key they touch. */
  readonly #quietAt = new Map<string, number>();
  readonly #problems = new Map<string, { count: number; readonly example: string }>();
  #operations = 0;
  #failed = 0;
  #retries = 0;
  #rateLimitWaits = 0;
  #lost = 0;
  #duplicated = 0;
  #writesDuplicated = 0;
  #untyped = 0;
  #misflagged = 0;
  #failedWritesApplied = 0;
  #walksVerified = 0;

  constructor(
    readonly provider: string,
    readonly session: SoakSession,
    readonly gateway: Gateway,
    readonly options: SoakOptions,
  ) {
    // Events are emitted inside the request's async context, so each lands on its operation's trace.
    gateway.events.on('retry', (event) => {
      this.#retries++;
      if (event.reason.startsWith('TIMEOUT')) this.#markTimedOut();
    });
    gateway.events.on('error', (event) => {
      if (event.error.code === 'TIMEOUT') this.#markTimedOut();
    });
    gateway.events.on('rateLimitWait', (event) => {
      if (event.reason !== 'concurrency') this.#rateLimitWaits++;
    });
  }

  async execute(): Promise<void> {
    const { writes } = this.session;
    const kinds = new Set<SoakOperationKind>(['walk', 'get', 'listComments']);
    if (writes.create) kinds.add('create');
    if (writes.update) kinds.add('update');
    if (writes.comment) kinds.add('comment');
    if (writes.resolve) kinds.add('resolve');
    const workload = generateWorkload({ seed: this.options.seed, count: this.options.operations, kinds, weights: this.options.operationWeights });
    let next = 0;
    const worker = async (): Promise<void> => {
      for (let operation = workload[next++]; operation !== undefined; operation = workload[next++]) await this.#run(operation);
    };
    await Promise.all(Array.from({ length: Math.max(1, this.options.concurrency) }, worker));
    await this.#quietAll();
    for (const write of this.#pending) this.#judgeWrite(write);
  }

  report(durationMs: number): SoakReport {
    const stats = this.session.sandbox.stats();
    return {
      provider: this.provider,
      seed: this.options.seed,
      operations: this.#operations,
      operationsByKind: { ...this.#byKind },
      failedOperations: this.#failed,
      requests: stats.requests,
      faultsInjected: stats.faultsInjected,
      faultsByKind: stats.faultsByKind,
      retries: this.#retries,
      rateLimitWaits: this.#rateLimitWaits,
      rateLimited: stats.rateLimited,
      injectedRateLimited: (stats.faultsByKind['rate-limit-burst'] ?? 0) + (stats.faultsByKind['rate-limit-burst-no-retry-after'] ?? 0),
      recordsLost: this.#lost,
      recordsDuplicated: this.#duplicated,
      writesDuplicated: this.#writesDuplicated,
      untypedErrors: this.#untyped,
      misflaggedErrors: this.#misflagged,
      failedWritesApplied: this.#failedWritesApplied,
      walksVerified: this.#walksVerified,
      durationMs,
      problems: [
        ...(this.#walksVerified === 0 ? ['no walk finished, so no walk was checked for lost or repeated records: run more operations or fewer faults'] : []),
        ...[...this.#problems.values()].sort((a, b) => b.count - a.count).slice(0, this.options.maxProblems).map(({ count, example }) => `${count}x, e.g. ${example}`),
      ],
    };
  }

  async #run(operation: SoakOperation): Promise<void> {
    this.#operations++;
    this.#byKind[operation.kind] = (this.#byKind[operation.kind] ?? 0) + 1;
    const { session, gateway } = this;
    const { writes } = session;
    const marker = `soak-${this.provider}-${this.options.seed}-${operation.kind}-${operation.index}`;
    switch (operation.kind) {
      case 'walk': {
        const scope = `resource:${operation.resource}`;
        // Waiting for late writes before taking the scope keeps other writes flowing meanwhile.
        await this.#quiet(scope);
        return this.#gate.exclusive(scope, async () => {
          await this.#quiet(scope);
          await this.#repeatable(operation, undefined, () => this.#walk(operation.resource, operation.pageSize));
        });
      }
      case 'get': {
        const id = pickId(session.expectedIds(operation.resource), operation.pick);
        if (id === undefined) return;
        return this.#repeatable(operation, undefined, async () => {
          const record = await gateway[operation.resource].get(id);
          if (record.id !== id) this.#problem('lost', `${operation.resource}.get returned another record`, `${operation.resource}.get(${id}) returned ${record.id}`);
        });
      }
      case 'listComments': {
        const ticketId = pickId(session.commentTargets(), operation.pick);
        if (ticketId === undefined) return;
        return this.#gate.shared(undefined, ticketId, async () => {
          await this.#quiet(ticketId);
          await this.#repeatable(operation, ticketId, () => this.#walkComments(ticketId));
        });
      }
      case 'create': {
        const scope = `resource:${writes.createdResource ?? 'tickets'}`;
        return this.#gate.shared(scope, undefined, () => this.#write('create', marker, scope, () => writes.create?.(gateway, marker)));
      }
      case 'comment': {
        const ticketId = pickId(session.commentTargets(), operation.pick);
        if (ticketId === undefined) return;
        return this.#gate.shared(undefined, ticketId, () => this.#write('comment', marker, ticketId, () => writes.comment?.(gateway, ticketId, marker)));
      }
      case 'update': {
        const id = pickId(session.updateTargets(), operation.pick);
        if (id === undefined) return;
        return this.#gate.shared(undefined, id, async () => {
          await this.#quiet(id);
          await this.#repeatable(operation, id, async () => {
            await writes.update?.(gateway, id, marker);
            const now = session.currentName(id);
            if (now !== marker) this.#problem('lost', 'an update reported done is not in the sandbox', `update of ${id} to ${marker} reported success, but the sandbox holds ${JSON.stringify(now)}`);
          });
        });
      }
      case 'resolve': {
        const id = pickId(session.resolveTargets(), operation.pick);
        if (id === undefined) return;
        return this.#gate.shared(undefined, id, async () => {
          await this.#quiet(id);
          await this.#repeatable(operation, id, async () => {
            await writes.resolve?.(gateway, id);
            if (!session.isResolved(id)) this.#problem('lost', 'a resolve reported done is not in the sandbox', `resolve of alert ${id} reported success, but the sandbox holds it open`);
          });
        });
      }
    }
  }

  /** Runs an operation that is safe to repeat (a read, an update, a resolve); a failure must say it is retryable. */
  async #repeatable(operation: SoakOperation, key: string | undefined, body: () => Promise<void>): Promise<void> {
    const trace: OperationTrace = { timedOut: false };
    try {
      await this.#trace.run(trace, body);
    } catch (error) {
      this.#failed++;
      const verdict = judgeFailure({ error, idempotent: true });
      if (!verdict.ok) this.#problem(verdict.problem, verdict.detail, `${describe(operation)}: ${verdict.detail}`);
    } finally {
      // A write attempt that timed out is still held by the sandbox and lands later, even when a retry succeeded.
      if (key !== undefined && trace.timedOut) this.#expectLateWrite(key);
    }
  }

  async #write(kind: 'create' | 'comment', marker: string, key: string, body: () => Promise<unknown> | undefined): Promise<void> {
    const trace: OperationTrace = { timedOut: false };
    try {
      await this.#trace.run(trace, body);
      this.#pending.push({ kind, marker });
    } catch (error) {
      this.#failed++;
      this.#pending.push({ kind, marker, error });
    } finally {
      if (trace.timedOut) this.#expectLateWrite(key);
    }
  }

  #judgeWrite(write: PendingWrite): void {
    const count = write.kind === 'create' ? this.session.countCreated(write.marker) : this.session.countComments(write.marker);
    if (count > 1) {
      this.#writesDuplicated += count - 1;
      this.#problem('duplicated', `a ${write.kind} was applied more than once`, `${write.kind} ${write.marker} is in the sandbox ${count} times`, 0);
    }
    if (!('error' in write)) {
      if (count === 0) this.#problem('lost', `a ${write.kind} reported done is not in the sandbox`, `${write.kind} ${write.marker} reported success, but the sandbox does not hold it`);
      return;
    }
    if (count > 0) this.#failedWritesApplied++;
    const verdict = judgeFailure({ error: write.error, idempotent: false, applied: count > 0 });
    if (!verdict.ok) this.#problem(verdict.problem, `${write.kind}: ${verdict.detail}`, `${write.kind} ${write.marker}: ${verdict.detail}`);
  }

  async #walk(resource: SoakResource, pageSize: number): Promise<void> {
    const before = this.session.expectedIds(resource);
    const seen: string[] = [];
    for await (const page of this.gateway[resource].list().byPage({ pageSize })) for (const item of page.items) seen.push(item.id);
    const found = checkWalk(before, this.session.expectedIds(resource), seen);
    this.#walksVerified++;
    const where = `walk of ${resource} (page size ${pageSize})`;
    if (found.lost.length > 0) this.#problem('lost', `a walk of ${resource} missed records`, `${where} missed ${found.lost.slice(0, 5).join(', ')}`, found.lost.length);
    const extra = found.duplicated.length + found.unexpected.length;
    if (extra > 0) this.#problem('duplicated', `a walk of ${resource} returned records twice or unknown`, `${where} repeated [${found.duplicated.slice(0, 5).join(', ')}], unknown [${found.unexpected.slice(0, 5).join(', ')}]`, extra);
  }

  async #walkComments(ticketId: string): Promise<void> {
    // Comments are only ever added: a late one landing during the walk may be seen or not.
    const before = this.session.commentCount(ticketId);
    const seen = (await this.gateway.tickets.listComments(ticketId).toArray()).map((comment) => comment.id);
    const after = this.session.commentCount(ticketId);
    const distinct = new Set(seen).size;
    const lost = Math.max(0, before - distinct);
    const extra = seen.length - distinct + Math.max(0, distinct - after);
    const example = `comments of ticket ${ticketId}: the sandbox holds ${before}, the walk returned ${seen.length} (${distinct} distinct)`;
    if (lost > 0) this.#problem('lost', 'a comment walk missed comments', example, lost);
    if (extra > 0) this.#problem('duplicated', 'a comment walk returned comments twice or unknown', example, extra);
  }

  #markTimedOut(): void {
    const trace = this.#trace.getStore();
    if (trace) trace.timedOut = true;
  }

  /** A write that timed out may still be running in the sandbox: what reads `key` waits for it to land. */
  #expectLateWrite(key: string): void {
    this.#quietAt.set(key, Math.max(this.#quietAt.get(key) ?? 0, Date.now() + this.options.slowMs + 50));
  }

  async #quiet(key: string): Promise<void> {
    const wait = (this.#quietAt.get(key) ?? 0) - Date.now();
    if (wait > 0) await sleep(wait);
  }

  async #quietAll(): Promise<void> {
    const wait = Math.max(0, ...this.#quietAt.values()) - Date.now();
    if (wait > 0) await sleep(wait);
  }

  /** Counts a problem (`count` times toward its counter) under its category, keeping the first example. */
  #problem(kind: ProblemKind, category: string, example: string, count = 1): void {
    if (kind === 'lost') this.#lost += count;
    else if (kind === 'duplicated') this.#duplicated += count;
    else if (kind === 'untyped') this.#untyped += count;
    else this.#misflagged += count;
    const key = `${kind}: ${category}`;
    const entry = this.#problems.get(key);
    if (entry) entry.count++;
    else this.#problems.set(key, { count: 1, example });
  }
}

function describe(operation: SoakOperation): string {
  if (operation.kind === 'walk') return `walk of ${operation.resource} #${operation.index}`;
  if (operation.kind === 'get') return `get of ${operation.resource} #${operation.index}`;
  return `${operation.kind} #${operation.index}`;
}
