import { ServerError } from '@psagate/core';
import { describe, expect, it } from 'vitest';
import { runSoak } from './run-soak';
import type { SoakOptions } from './soak-options';
import { type SoakReport, soakPassed } from './soak-report';
import type { SoakSandbox, SoakSession, SoakTarget } from './soak-target';
import { ateraSoakTarget } from './targets/atera-target';
import { automateSoakTarget } from './targets/automate-target';
import { haloSoakTarget } from './targets/halo-target';
import type { defaultOperationWeights } from './workload';

/** Short timeouts and tiny waits: the sandbox's slow faults are the only real delay. */
const quick: Partial<SoakOptions> = { operations: 200, seed: 7, timeoutMs: 150, slowMs: 400, burstRetryAfterMs: 20 };

const only = (kinds: Partial<typeof defaultOperationWeights>): typeof defaultOperationWeights => ({
  walk: 0,
  get: 0,
  listComments: 0,
  create: 0,
  update: 0,
  comment: 0,
  resolve: 0,
  ...kinds,
});

/** A provider target whose session is altered by `change`: a deliberately broken setup. */
function broken(target: SoakTarget, change: (session: SoakSession) => Partial<SoakSession>): SoakTarget {
  return {
    ...target,
    start(settings) {
      const session = target.start(settings);
      return { ...session, ...change(session) };
    },
  };
}

describe('the chaos soak, small', () => {
  const targets = [ateraSoakTarget, haloSoakTarget, automateSoakTarget];
  // The three providers run side by side, as `pnpm soak` runs them.
  const reports: Promise<SoakReport[]> = Promise.all(targets.map((target) => runSoak(target, quick)));

  it.each(targets.map((target, index) => [target.name, index] as const))(
    'loses, repeats and double-writes nothing on %s, with typed errors and no request past the rate budget',
    async (_name, index) => {
      const report = (await reports)[index] as SoakReport;
      expect(report.operations).toBe(200);
      expect(report.faultsInjected).toBeGreaterThan(20);
      expect(Object.keys(report.faultsByKind).length).toBeGreaterThanOrEqual(6);
      expect(report.retries).toBeGreaterThan(0);
      expect(report.failedOperations).toBeGreaterThan(0);
      expect(report.walksVerified).toBeGreaterThan(0);
      expect({
        rateLimited: report.rateLimited,
        recordsLost: report.recordsLost,
        recordsDuplicated: report.recordsDuplicated,
        writesDuplicated: report.writesDuplicated,
        untypedErrors: report.untypedErrors,
      }).toEqual({ rateLimited: 0, recordsLost: 0, recordsDuplicated: 0, writesDuplicated: 0, untypedErrors: 0 });
    },
  );

  it('sees every failure say truthfully whether to retry', async () => {
    for (const report of await reports) expect(report.misflaggedErrors, report.problems.join('\n')).toBe(0);
  });
});

describe('the soak catches a broken setup', () => {
  const calm: Partial<SoakOptions> = { operations: 40, seed: 3, faultRate: 0 };

  it('flags a create the sandbox holds twice', async () => {
    const target = broken(haloSoakTarget, (session) => ({
      writes: { ...session.writes, create: async (gateway, marker) => [await session.writes.create?.(gateway, marker), await session.writes.create?.(gateway, marker)] },
    }));
    const report = await runSoak(target, { ...calm, operationWeights: only({ create: 1 }) });
    expect(report.writesDuplicated).toBe(40);
    expect(soakPassed(report)).toBe(false);
  });

  it('flags a walk that misses records, and one that returns records the sandbox does not hold', async () => {
    const missing = broken(automateSoakTarget, (session) => ({ expectedIds: (resource) => [...session.expectedIds(resource), 'ghost-1'] }));
    const missed = await runSoak(missing, { ...calm, operationWeights: only({ walk: 1 }) });
    expect(missed.recordsLost).toBe(40);
    const unknown = broken(automateSoakTarget, (session) => ({ expectedIds: (resource) => session.expectedIds(resource).slice(1) }));
    const extra = await runSoak(unknown, { ...calm, operationWeights: only({ walk: 1 }) });
    expect(extra.recordsDuplicated).toBe(40);
    expect(soakPassed(missed) || soakPassed(extra)).toBe(false);
  });

  it('fails a run in which no walk finished, since its lost/duplicated checks then proved nothing', async () => {
    const report = await runSoak(ateraSoakTarget, { ...calm, operations: 10, operationWeights: only({ get: 1 }) });
    expect(report.walksVerified).toBe(0);
    expect(report.recordsLost + report.recordsDuplicated).toBe(0);
    expect(soakPassed(report)).toBe(false);
    expect(report.problems[0]).toContain('no walk finished');
    const walked = await runSoak(ateraSoakTarget, { ...calm, operations: 10, operationWeights: only({ walk: 1 }) });
    expect(walked.walksVerified).toBe(10);
    expect(soakPassed(walked)).toBe(true);
  });

  it('closes the sandbox server when the gateway cannot be built', async () => {
    const closed: string[] = [];
    const target: SoakTarget = {
      ...ateraSoakTarget,
      start(settings) {
        const session = ateraSoakTarget.start(settings);
        const sandbox: SoakSandbox = {
          stats: () => session.sandbox.stats(),
          gatewayConfig: () => ({ provider: 'atera', apiKey: '' }),
          async listen(options) {
            const server = await session.sandbox.listen(options);
            return { ...server, close: async () => { closed.push(server.url); await server.close(); } };
          },
        };
        return { ...session, sandbox };
      },
    };
    await expect(runSoak(target, calm)).rejects.toThrow(/apiKey/);
    expect(closed).toHaveLength(1);
  });

  it('flags writes reported done that never reached the sandbox', async () => {
    const target = broken(ateraSoakTarget, (session) => ({
      writes: { ...session.writes, update: async () => undefined, create: async () => undefined },
    }));
    const report = await runSoak(target, { ...calm, operationWeights: only({ update: 1, create: 1 }) });
    expect(report.recordsLost).toBe(40);
  });

  it('flags an error that is not a PsaError, and one that invites retrying an applied write', async () => {
    const target = broken(haloSoakTarget, (session) => ({
      writes: {
        ...session.writes,
        update: async () => {
          throw new TypeError('boom');
        },
        comment: async (gateway, ticketId, marker) => {
          await session.writes.comment?.(gateway, ticketId, marker);
          // Fails after the write as a read-back could: retryable, though repeating it writes twice.
          throw new ServerError('halopsa GET /api/Actions failed with 503.', { provider: 'halopsa', status: 503, retryable: true });
        },
      },
    }));
    const report = await runSoak(target, { ...calm, operationWeights: only({ update: 1, comment: 1 }) });
    expect(report.untypedErrors).toBe(report.operationsByKind.update);
    expect(report.misflaggedErrors).toBe(report.operationsByKind.comment);
    expect(report.failedWritesApplied).toBe(report.operationsByKind.comment);
    expect(report.problems.some((problem) => problem.includes('not a PsaError (TypeError: boom)'))).toBe(true);
    expect(report.problems.some((problem) => problem.includes('retryable=true maybeApplied=false, but the write was applied'))).toBe(true);
  });

  it('counts 429s from the real limiter when the client budget is above the sandbox\'s', async () => {
    const report = await runSoak(ateraSoakTarget, {
      ...calm,
      // One burst past the sandbox's limit: its real 429 asks for a whole second, so the run stays small.
      operations: 10,
      concurrency: 10,
      sandboxRequestsPerWindow: 5,
      clientRequestsPerWindow: 100,
      rateWindowMs: 100,
      operationWeights: only({ get: 1 }),
    });
    expect(report.rateLimited).toBeGreaterThan(0);
    expect(report.injectedRateLimited).toBe(0);
    expect(soakPassed(report)).toBe(false);
  });
});
