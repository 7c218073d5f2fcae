import type { AuthStrategy } from '../../auth/auth-strategy';
import type { Redactor } from '../../security/redactor';
import type { CallResponse } from './call-response';
import type { HttpCall } from './http-call';
import type { HttpStep, SendNext } from './http-step';

/**
 * Signs each attempt with the strategy's current credential (so a retry after a token refresh uses
 * the new one). The credential headers win over any header of the same name, and their values are
 * masked from then on wherever text leaves the transport.
 */
export class AuthStep implements HttpStep {
  readonly name = 'auth';
  readonly #auth: AuthStrategy;
  readonly #redactor: Redactor;
  /** The header values last given to the redactor (they rarely change). */
  #remembered = '';

  constructor(auth: AuthStrategy, redactor: Redactor) {
    this.#auth = auth;
    this.#redactor = redactor;
  }

  async send(call: HttpCall, next: SendNext): Promise<CallResponse> {
    const headers: Record<string, string> = {};
    call.authStamp = await this.#auth.authorize({ method: call.context.method, url: call.url, headers, signal: call.signal });
    this.#remember(headers);
    call.authHeaders = headers;
    try {
      return await next(call);
    } finally {
      call.authHeaders = undefined;
    }
  }

  #remember(headers: Record<string, string>): void {
    const values = Object.values(headers);
    const key = values.join('\n');
    if (key === this.#remembered) return;
    this.#remembered = key;
    for (const value of values) {
      this.#redactor.addRotating(value);
      // `Bearer <token>`: the token alone is a secret too.
      const credential = /^\S+ (.+)$/.exec(value)?.[1];
      if (credential) this.#redactor.addRotating(credential);
    }
  }
}
