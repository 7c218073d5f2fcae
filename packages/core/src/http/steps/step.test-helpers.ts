// Shared fixtures of the step unit tests (not a test file itself): calls, answers and a stubbed `next`.
import type { RequestSpec } from '../request-spec';
import type { CallResponse } from './call-response';
import { FakeClock } from '../../testing/fake-clock';
import { HttpCall } from './http-call';
import type { SendNext } from './http-step';

export const BASE_URL = new URL('https://api.test/v1');
/** When calls start: the time a new FakeClock starts at. */
export const CALL_START = new FakeClock().now();

/** A call as the transport creates it, for `GET /things` unless the spec says otherwise. */
export function callOf(spec: Partial<RequestSpec> = {}): HttpCall {
  return new HttpCall({
    callId: 'call-1',
    provider: 'acme',
    spec: { operation: 'things.list', method: 'GET', path: '/things', ...spec },
    baseUrl: BASE_URL,
    headers: { Accept: 'application/json' },
    startedAt: CALL_START,
  });
}

/** An answer with this status (JSON content type unless headers are given). */
export function answer(status = 200, fields: Partial<CallResponse> = {}): CallResponse {
  return { status, headers: { 'content-type': 'application/json' }, body: undefined, requestId: undefined, ...fields };
}

type Reply = CallResponse | Error | ((call: HttpCall) => CallResponse | Promise<CallResponse>);

export interface StubbedNext extends SendNext {
  /** How often `next` was called. */
  readonly calls: number;
}

/** A `next` that gives the replies in order (the last one repeats); an Error is thrown. */
export function replying(...replies: Reply[]): StubbedNext {
  let calls = 0;
  const next = async (call: HttpCall): Promise<CallResponse> => {
    const reply = replies[Math.min(calls, replies.length - 1)] as Reply;
    calls++;
    if (reply instanceof Error) throw reply;
    return typeof reply === 'function' ? reply(call) : reply;
  };
  return Object.defineProperty(next, 'calls', { get: () => calls }) as StubbedNext;
}

/** The rejection of a promise that must reject. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject, but it resolved');
}
