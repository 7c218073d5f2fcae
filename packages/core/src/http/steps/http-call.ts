import type { AuthStamp } from '../../auth/auth-strategy';
import type { PsaErrorContext } from '../../errors/psa-error';
import type { RequestSpec } from '../request-spec';
import { type RetryDecision, isIdempotent } from '../retry-policy';

/** What errors and events call a call by: provider, operation, method and path template, never the filled-in URL. */
export type CallContext = PsaErrorContext & {
  readonly provider: string;
  readonly operation: string;
  readonly method: string;
  readonly path: string;
};

export interface HttpCallInit {
  readonly callId: string;
  readonly provider: string;
  readonly spec: RequestSpec;
  /** Where the call goes until the url-and-origin step resolves its route: the base URL. */
  readonly baseUrl: URL;
  /** The transport's headers (Accept, User-Agent, configured ones); the spec's are laid over them. */
  readonly headers: Readonly<Record<string, string>>;
  readonly startedAt: number;
}

/**
 * One logical call on its way through the steps: the request spec, what the steps prepare from it
 * and what its attempts learn. Every attempt, retry and event of the call shares this object and
 * its `callId`. Fields marked "per attempt" describe the attempt in flight.
 */
export class HttpCall {
  /** Names the call on every event it causes. */
  readonly callId: string;
  readonly spec: RequestSpec;
  readonly context: CallContext;
  /** Whether sending the request twice is harmless: GET, HEAD, PUT, DELETE, or a spec marked idempotent. */
  readonly idempotent: boolean;
  /** Clock time the call started; the retry budget (`maxElapsedMs`) counts from it. */
  readonly startedAt: number;
  /** The caller's signal. Attempts go out on `attemptSignal`, which also fires on timeout. */
  readonly signal: AbortSignal | undefined;
  /** Request headers without credentials, which the auth step keeps apart in `authHeaders`. */
  readonly headers: Record<string, string>;
  /** Where the next attempt goes: the route (url-and-origin) or, after a redirect, its target. */
  url: URL;
  /** The body as sent: serialised JSON (json-body). */
  body: string | undefined;
  /** Attempts started so far, the one in flight included; replays after a 401 and redirects count too. */
  attempt = 0;
  /**
   * Whether an attempt may have taken effect on the server: one was handed to the network and no
   * answer says it was turned away (a 4xx). A write aborted after that may have been applied.
   */
  mayHaveTakenEffect = false;
  /** Same-origin redirects followed so far. */
  redirects = 0;
  /** The retry step's latest decision; error messages tell from it whether the retries ran out. */
  retryDecision: RetryDecision | undefined;
  /** Per attempt: the credential headers (auth), cleared when the attempt ends. */
  authHeaders: Readonly<Record<string, string>> | undefined;
  /** Per attempt: identifies the credential sent, so that after a 401 the strategy can tell whether to renew it. */
  authStamp: AuthStamp | undefined;
  /** Per attempt: the caller's signal, also aborted when the attempt times out (timeout). */
  attemptSignal: AbortSignal | undefined;
  /** Per attempt: whether the attempt ran out of time. */
  timedOut = false;

  constructor(init: HttpCallInit) {
    const { spec } = init;
    this.callId = init.callId;
    this.spec = spec;
    this.context = { provider: init.provider, operation: spec.operation, method: spec.method, path: spec.path };
    this.idempotent = isIdempotent(spec.method, spec.idempotent);
    this.startedAt = init.startedAt;
    this.signal = spec.signal;
    this.headers = { ...init.headers, ...spec.headers };
    this.url = init.baseUrl;
  }

  /** Counts a new attempt, which has not timed out yet. Called by the retry step. */
  startAttempt(): void {
    this.attempt += 1;
    this.timedOut = false;
  }
}
