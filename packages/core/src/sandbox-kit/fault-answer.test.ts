import { describe, expect, it, vi } from 'vitest';
import { answerWithFault, type FaultAnswerContext } from './fault-answer';
import type { SandboxFaultKind } from './fault-plan';
import { jsonResponse } from './json-response';
import { isConnectionDrop } from './sandbox-answer';

function context(fault: SandboxFaultKind | undefined) {
  const run = vi.fn(async () => jsonResponse({ id: 7 }, 201));
  const pause = vi.fn(async (_ms: number) => undefined);
  const error = (status: number, message: string, headers?: Readonly<Record<string, string>>) => jsonResponse({ Message: message }, status, headers);
  const ctx: FaultAnswerContext = { fault, run, pause, error, slowMs: 3_000 };
  return { ctx, run, pause };
}

describe('answerWithFault', () => {
  it('just runs the request without a fault', async () => {
    const { ctx, run } = context(undefined);
    const answer = await answerWithFault(ctx);
    expect(run).toHaveBeenCalledOnce();
    expect(answer).toBeInstanceOf(Response);
  });

  it.each(['500', '502', '503', '504'] as const)('answers %s in the PSA error shape without running the request', async (kind) => {
    const { ctx, run } = context(kind);
    const answer = (await answerWithFault(ctx)) as Response;
    expect(answer.status).toBe(Number(kind));
    expect(await answer.json()).toEqual({ Message: expect.stringContaining(`simulated ${kind}`) });
    expect(run).not.toHaveBeenCalled();
  });

  it('answers a burst with 429 and Retry-After, or without it', async () => {
    const withRetry = (await answerWithFault({ ...context('rate-limit-burst').ctx, burstRetryAfterMs: 2_500 })) as Response;
    expect(withRetry.status).toBe(429);
    expect(withRetry.headers.get('retry-after')).toBe('3');
    const without = (await answerWithFault(context('rate-limit-burst-no-retry-after').ctx)) as Response;
    expect(without.status).toBe(429);
    expect(without.headers.has('retry-after')).toBe(false);
  });

  it('sends a burst wait under a second as decimal seconds', async () => {
    const answer = (await answerWithFault({ ...context('rate-limit-burst').ctx, burstRetryAfterMs: 150 })) as Response;
    expect(answer.headers.get('retry-after')).toBe('0.15');
  });

  it('drops before the write is applied, or after it', async () => {
    const before = context('drop-before-write');
    const beforeAnswer = await answerWithFault(before.ctx);
    expect(isConnectionDrop(beforeAnswer)).toBe(true);
    expect(before.run).not.toHaveBeenCalled();
    const after = context('drop-after-write');
    const afterAnswer = await answerWithFault(after.ctx);
    expect(isConnectionDrop(afterAnswer)).toBe(true);
    expect(after.run).toHaveBeenCalledOnce();
  });

  it('waits slowMs before answering a slow request', async () => {
    const { ctx, pause, run } = context('slow');
    const answer = (await answerWithFault(ctx)) as Response;
    expect(pause).toHaveBeenCalledWith(3_000);
    expect(run).toHaveBeenCalledOnce();
    expect(answer.status).toBe(201);
  });

  it('runs the request but cuts its JSON for malformed-json', async () => {
    const { ctx, run } = context('malformed-json');
    const answer = (await answerWithFault(ctx)) as Response;
    expect(run).toHaveBeenCalledOnce();
    expect(answer.status).toBe(201);
    await expect(answer.json()).rejects.toThrow(SyntaxError);
  });
});
