import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ConfigError } from '../errors/error-types';
import type { CallResponse } from './steps/call-response';
import type { HttpCall } from './steps/http-call';
import type { HttpStep, SendNext } from './steps/http-step';
import { httpStepNames } from './steps/step-names';
import { API, apiKeyAuth, createKit, failure, useMswServer } from './http-transport.test-helpers';
import { HttpTransport } from './http-transport';

const server = useMswServer();

/** A provider step that counts its calls and adds a header to what goes out. */
function clientIdStep(name = 'client-id'): HttpStep & { sends: number } {
  const step = {
    name,
    sends: 0,
    async send(call: HttpCall, next: SendNext): Promise<CallResponse> {
      step.sends++;
      call.headers.ClientId = 'cid-7';
      return next(call);
    },
  };
  return step;
}

describe('the composed transport', () => {
  it('gives every event of one call the same callId, and the next call another', async () => {
    let calls = 0;
    server.use(
      http.get(`${API}/flaky`, () => {
        calls++;
        return calls === 1 ? HttpResponse.json({}, { status: 503 }) : HttpResponse.json({ Message: 'gone' }, { status: 404 });
      }),
      http.get(`${API}/fine`, () => HttpResponse.json({ id: 'seven' })),
    );
    const kit = createKit({ responseValidation: 'lenient' });
    await failure(kit.transport.request({ operation: 'flaky.get', method: 'GET', path: '/flaky' }));
    await kit.transport.request({ operation: 'fine.get', method: 'GET', path: '/fine', schema: z.object({ id: z.number() }) });
    const ids = kit.events.map(({ name, event }) => [name, (event as { callId?: string }).callId] as const);
    expect(ids.map(([name]) => name)).toEqual(['request', 'response', 'retry', 'request', 'response', 'error', 'request', 'response', 'warning']);
    const [first, second] = [ids[0]?.[1], ids[6]?.[1]];
    expect(first).toBeTypeOf('string');
    expect(second).toBeTypeOf('string');
    expect(second).not.toBe(first);
    expect(ids.slice(0, 6).every(([, id]) => id === first)).toBe(true);
    expect(ids.slice(6).every(([, id]) => id === second)).toBe(true);
  });

  it('runs a step placed above retry once per call, and one placed below it once per attempt', async () => {
    const seen: (string | null)[] = [];
    server.use(
      http.get(`${API}/flaky`, ({ request }) => {
        seen.push(request.headers.get('clientid'));
        return seen.length === 1 ? HttpResponse.json({}, { status: 503 }) : HttpResponse.json({ ok: true });
      }),
    );
    const perCall = clientIdStep('per-call');
    const perAttempt = clientIdStep('per-attempt');
    const kit = createKit({ steps: [{ step: perCall, before: 'retry' }, { step: perAttempt, before: 'auth' }] });
    await kit.transport.request({ operation: 'flaky.get', method: 'GET', path: '/flaky' });
    expect(seen).toEqual(['cid-7', 'cid-7']);
    expect(perCall.sends).toBe(1);
    expect(perAttempt.sends).toBe(2);
  });

  it('accepts every built-in step name as an anchor', () => {
    for (const name of httpStepNames) {
      expect(() => createKit({ steps: [{ step: clientIdStep(), after: name }] })).not.toThrow();
    }
  });

  it('refuses a step placed next to a step that does not exist, naming the steps there are', () => {
    let error: unknown;
    try {
      new HttpTransport({ provider: 'acme', baseUrl: API, auth: apiKeyAuth(), steps: [{ step: clientIdStep(), after: 'retyr' }] });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toBe(`The acme transport step 'client-id' is placed after 'retyr', which is not a step. Known steps: ${httpStepNames.join(', ')}.`);
  });

  it('exposes the configured page concurrency, 4 by default', () => {
    expect(createKit().transport.pageConcurrency).toBe(4);
    expect(createKit({ pageConcurrency: 9 }).transport.pageConcurrency).toBe(9);
  });
});
