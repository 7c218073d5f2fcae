import type { CallErrors } from './call-errors';
import { type CallResponse, isSuccessStatus } from './call-response';
import type { HttpCall } from './http-call';
import type { HttpStep, SendNext } from './http-step';

/**
 * Turns the answer the retry step settled on into the PsaError that explains it, when it is not a
 * usable success: an error status, a success whose body could not be used, or no answer at all.
 */
export class HttpErrorsStep implements HttpStep {
  readonly name = 'http-errors';
  readonly #errors: CallErrors;

  constructor(errors: CallErrors) {
    this.#errors = errors;
  }

  async send(call: HttpCall, next: SendNext): Promise<CallResponse> {
    let response: CallResponse;
    try {
      response = await next(call);
    } catch (error) {
      throw this.#errors.forNoResponse(call, error);
    }
    if (!isSuccessStatus(response.status)) throw this.#errors.forStatus(call, response);
    if (response.bodyProblem !== undefined) throw this.#errors.forUnusableBody(call, response);
    return response;
  }
}
