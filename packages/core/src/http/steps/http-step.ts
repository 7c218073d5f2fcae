import type { CallResponse } from './call-response';
import type { HttpCall } from './http-call';

/** Sends a call on through the remaining steps and the wire. */
export type SendNext = (call: HttpCall) => Promise<CallResponse>;

/**
 * One concern of the transport (origin policy, rate limit, auth, retry...), in the manner of Azure
 * core's pipeline policies: it may prepare the call, hands it to `next` and may look at, replace or
 * refuse the answer on its way back. Steps above `retry` run once per call, the others once per
 * attempt. Only the retry step sends a call more than once; every other step calls `next` at most once.
 */
export interface HttpStep {
  /** Unique within a transport; steps are placed `before` or `after` one another by name. */
  readonly name: string;
  send(call: HttpCall, next: SendNext): Promise<CallResponse>;
}

/**
 * Where a provider's own step goes: right before or right after a built-in step (see
 * `httpStepNames`) or a step placed earlier in the same list.
 */
export type HttpStepPlacement =
  | { readonly step: HttpStep; readonly before: string; readonly after?: undefined }
  | { readonly step: HttpStep; readonly after: string; readonly before?: undefined };
