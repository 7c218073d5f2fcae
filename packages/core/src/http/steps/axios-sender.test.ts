import { type AxiosResponse, AxiosError, AxiosHeaders, type InternalAxiosRequestConfig } from 'axios';
import { describe, expect, it } from 'vitest';
import { AxiosSender } from './axios-sender';
import type { HttpCall } from './http-call';
import { callOf, rejectionOf } from './step.test-helpers';

type Reply = (config: InternalAxiosRequestConfig) => Promise<AxiosResponse>;

/** A sender over a fake adapter that records the config of each attempt. */
function senderOver(reply: Reply): { sender: AxiosSender; sent: InternalAxiosRequestConfig[] } {
  const sent: InternalAxiosRequestConfig[] = [];
  const adapter = (config: InternalAxiosRequestConfig) => {
    sent.push(config);
    return reply(config);
  };
  return { sender: new AxiosSender({ adapter, maxResponseBytes: 1_000 }), sent };
}

const ok: Reply = async (config) => ({ status: 200, statusText: 'OK', headers: new AxiosHeaders({ 'Content-Type': 'application/json', 'X-Request-Id': 'req-3' }), data: '{"a":1}', config });

function signed(call: HttpCall, headers: Record<string, string>): HttpCall {
  call.authHeaders = headers;
  return call;
}

describe('AxiosSender', () => {
  it('sends the call to its URL with its method and body, on the attempt signal, without following redirects', async () => {
    const { sender, sent } = senderOver(ok);
    const call = callOf({ method: 'PUT' });
    call.url = new URL('https://api.test/v1/things/1');
    call.body = '{"name":"x"}';
    call.attemptSignal = new AbortController().signal;
    await sender.send(call);
    expect(sent[0]).toMatchObject({ method: 'put', url: 'https://api.test/v1/things/1', data: '{"name":"x"}', maxRedirects: 0, maxContentLength: 1_000, responseType: 'text' });
    expect(sent[0]?.signal).toBe(call.attemptSignal);
  });

  it('lets the credential win over a header of the same name', async () => {
    const { sender, sent } = senderOver(ok);
    const call = signed(callOf({ headers: { 'X-API-KEY': 'spoofed', 'X-Extra': 'yes' } }), { 'X-API-KEY': 'real-key' });
    await sender.send(call);
    expect(sent[0]?.headers.toJSON()).toEqual({ Accept: 'application/json', 'X-API-KEY': 'real-key', 'X-Extra': 'yes' });
  });

  it('sends a bodiless POST, PUT or PATCH as form-urlencoded, as axios always did, and other methods without a type', async () => {
    const { sender, sent } = senderOver(ok);
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE', 'GET'] as const) await sender.send(callOf({ method }));
    expect(sent.map((config) => config.headers.getContentType())).toEqual([
      'application/x-www-form-urlencoded',
      'application/x-www-form-urlencoded',
      'application/x-www-form-urlencoded',
      undefined,
      undefined,
    ]);
  });

  it('hands back any status as an answer, with lower-cased headers and the request id', async () => {
    const { sender } = senderOver(async (config) => ({ status: 503, statusText: '', headers: new AxiosHeaders({ 'Retry-After': '2', 'X-Request-Id': 'req-4' }), data: 'busy', config }));
    expect(await sender.send(callOf())).toEqual({ status: 503, headers: { 'retry-after': '2', 'x-request-id': 'req-4' }, body: 'busy', requestId: 'req-4' });
  });

  it('turns a body that broke off into an answer with its read failure, which no longer holds the response', async () => {
    const { sender } = senderOver(async (config) => {
      const partial: AxiosResponse = { status: 200, statusText: 'OK', headers: new AxiosHeaders({ 'content-type': 'application/json' }), data: undefined, config };
      throw new AxiosError('stream has been aborted', 'ERR_BAD_RESPONSE', config, undefined, partial);
    });
    const response = await sender.send(callOf());
    expect(response).toMatchObject({ status: 200, body: undefined });
    expect(response.readFailure).toBeInstanceOf(AxiosError);
    expect((response.readFailure as AxiosError).response).toBeUndefined();
  });

  it('marks that the call may have taken effect once an attempt goes out, unless a 4xx turned it away', async () => {
    const statuses = [503, 429];
    const { sender } = senderOver(async (config) => ({ status: statuses.shift() ?? 200, statusText: '', headers: new AxiosHeaders(), data: '', config }));
    const refused = callOf({ method: 'POST' });
    await sender.send(refused);
    expect(refused.mayHaveTakenEffect).toBe(true);
    await sender.send(refused);
    // The 429 turned the second attempt away, not the first, which answered 503.
    expect(refused.mayHaveTakenEffect).toBe(true);
    const turnedAway = callOf({ method: 'POST' });
    statuses.push(409);
    await sender.send(turnedAway);
    expect(turnedAway.mayHaveTakenEffect).toBe(false);
  });

  it('keeps a call on an aborted signal as not having taken effect, and one whose answer never came as having maybe taken effect', async () => {
    const { sender } = senderOver((config) => Promise.reject(new AxiosError('canceled', 'ERR_CANCELED', config)));
    const stopped = callOf({ method: 'POST' });
    stopped.attemptSignal = AbortSignal.abort();
    await rejectionOf(sender.send(stopped));
    expect(stopped.mayHaveTakenEffect).toBe(false);
    const cut = callOf({ method: 'POST' });
    await rejectionOf(sender.send(cut));
    expect(cut.mayHaveTakenEffect).toBe(true);
  });

  it('rejects when no answer arrived', async () => {
    const refused = new AxiosError('connect ECONNREFUSED', 'ECONNREFUSED');
    const { sender } = senderOver(() => Promise.reject(refused));
    expect(await rejectionOf(sender.send(callOf()))).toBe(refused);
  });
});
