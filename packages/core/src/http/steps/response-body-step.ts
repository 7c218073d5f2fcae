import { type CallResponse, isSuccessStatus, parseJsonBody } from './call-response';
import type { HttpCall } from './http-call';
import type { HttpStep, SendNext } from './http-step';

/**
 * Parses the JSON body of each successful attempt into `data`. A body that is not valid JSON
 * (typically cut short) is marked as a `bodyProblem`, and one that broke off while it was read is a
 * failed read: both are failures the retry step may retry, not answers.
 */
export class ResponseBodyStep implements HttpStep {
  readonly name = 'response-body';

  async send(call: HttpCall, next: SendNext): Promise<CallResponse> {
    const response = await next(call);
    if (!isSuccessStatus(response.status)) return response;
    // Retried (or not) like a connection dropped after sending, not an answer with that status.
    if (response.readFailure !== undefined) throw response.readFailure;
    try {
      return { ...response, data: parseJsonBody(response.body, response.headers) };
    } catch {
      return { ...response, bodyProblem: 'invalid JSON' };
    }
  }
}
