import { AxiosError } from 'axios';
import { describe, expect, it } from 'vitest';
import { ResponseBodyStep } from './response-body-step';
import { answer, callOf, rejectionOf, replying } from './step.test-helpers';

const step = new ResponseBodyStep();
const read = (fields: Parameters<typeof answer>[1], status = 200) => step.send(callOf(), replying(answer(status, fields)));

describe('ResponseBodyStep', () => {
  it('parses a JSON body, and a body that looks like JSON whatever its content type', async () => {
    expect((await read({ body: '{"a":1}' })).data).toEqual({ a: 1 });
    expect((await read({ body: ' [1,2]', headers: {} })).data).toEqual([1, 2]);
  });

  it('gives plain text as a string and an empty body as undefined', async () => {
    expect((await read({ body: 'hello', headers: { 'content-type': 'text/plain' } })).data).toBe('hello');
    expect((await read({ body: '' })).data).toBeUndefined();
    expect((await read({ body: undefined }, 204)).data).toBeUndefined();
  });

  it('marks a success whose JSON is malformed as unusable instead of failing', async () => {
    const response = await read({ body: '{"id": 20001, "title": "Print' });
    expect(response.bodyProblem).toBe('invalid JSON');
    expect(response).not.toHaveProperty('data');
  });

  it('fails a success whose body broke off with the read failure', async () => {
    const failure = new AxiosError('stream has been aborted', 'ERR_BAD_RESPONSE');
    expect(await rejectionOf(read({ readFailure: failure }))).toBe(failure);
  });

  it('leaves error answers alone, a broken body included: their status says enough', async () => {
    const broken = answer(503, { body: '{"half', readFailure: new Error('aborted') });
    expect(await step.send(callOf(), replying(broken))).toBe(broken);
  });
});
