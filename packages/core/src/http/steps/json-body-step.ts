import { ValidationError } from '../../errors/error-types';
import { describeRequest } from '../../errors/psa-error';
import type { CallResponse } from './call-response';
import type { HttpCall } from './http-call';
import type { HttpStep, SendNext } from './http-step';

/**
 * Serialises the spec's body as JSON and labels it `application/json` (unless the spec's own headers
 * say otherwise). A value JSON cannot carry (a cycle, a BigInt) is refused before anything is sent.
 */
export class JsonBodyStep implements HttpStep {
  readonly name = 'json-body';

  async send(call: HttpCall, next: SendNext): Promise<CallResponse> {
    const { body } = call.spec;
    if (body !== undefined) {
      call.body = serialise(body, call);
      if (call.body !== undefined && !namesContentType(call.spec.headers)) call.headers['Content-Type'] = 'application/json';
    }
    return next(call);
  }
}

function serialise(body: unknown, call: HttpCall): string | undefined {
  try {
    return JSON.stringify(body);
  } catch (error) {
    throw new ValidationError(
      `${describeRequest(call.context)}: the request body cannot be sent as JSON (${error instanceof Error ? error.message.split('\n')[0] : 'not serialisable'}).`,
      { ...call.context, code: 'INVALID_BODY' },
    );
  }
}

function namesContentType(headers: Readonly<Record<string, string>> | undefined): boolean {
  if (!headers) return false;
  for (const name of Object.keys(headers)) if (name.toLowerCase() === 'content-type') return true;
  return false;
}
