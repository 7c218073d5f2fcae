import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../errors/error-types';
import { JsonBodyStep } from './json-body-step';
import { answer, callOf, rejectionOf, replying } from './step.test-helpers';

const step = new JsonBodyStep();

describe('JsonBodyStep', () => {
  it('sends the body as JSON and says so in Content-Type', async () => {
    const call = callOf({ method: 'POST', body: { title: 'Printer', tags: ['a'] } });
    await step.send(call, replying(answer()));
    expect(call.body).toBe('{"title":"Printer","tags":["a"]}');
    expect(call.headers['Content-Type']).toBe('application/json');
  });

  it('leaves the Content-Type to the spec when its headers name one, in any case', async () => {
    const call = callOf({ method: 'PATCH', body: 'x', headers: { 'content-type': 'text/plain' } });
    await step.send(call, replying(answer()));
    expect(call.body).toBe('"x"');
    expect(call.headers).toEqual({ Accept: 'application/json', 'content-type': 'text/plain' });
  });

  it('sends no body and no Content-Type when the spec has none', async () => {
    const call = callOf({ method: 'POST' });
    await step.send(call, replying(answer()));
    expect(call.body).toBeUndefined();
    expect(call.headers).not.toHaveProperty('Content-Type');
  });

  it.each([
    ['a cycle', (() => {
      const circular: Record<string, unknown> = {};
      circular.self = circular;
      return circular;
    })()],
    ['a BigInt', { id: 10n }],
  ])('refuses %s before sending anything', async (_label, body) => {
    const next = replying(answer());
    const error = await rejectionOf(step.send(callOf({ method: 'POST', body }), next));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ code: 'INVALID_BODY', method: 'POST', path: '/things' });
    expect((error as Error).message).toMatch(/^acme POST \/things: the request body cannot be sent as JSON/);
    expect(next.calls).toBe(0);
  });
});
