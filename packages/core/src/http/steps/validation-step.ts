import type { z } from 'zod';
import type { PsaErrorContext } from '../../errors/psa-error';
import type { PsaEvents } from '../../observability/events';
import type { Redactor } from '../../security/redactor';
import { type ResponseValidationMode, validateResponse } from '../response-validation';
import type { CallResponse } from './call-response';
import type { HttpCall } from './http-call';
import type { HttpStep, SendNext } from './http-step';

export interface ValidationStepOptions {
  readonly provider: string;
  readonly mode: ResponseValidationMode;
  readonly events: PsaEvents;
  readonly redactor: Redactor;
}

/**
 * Checks the data of a successful call against the spec's schema: in `strict` mode a mismatch fails
 * with ResponseShapeError, in `lenient` mode the data is kept and a `warning` event reports the drift.
 * Also checks list items for `transport.validate()`, in the same mode.
 */
export class ValidationStep implements HttpStep {
  readonly name = 'validation';
  readonly #options: ValidationStepOptions;
  readonly #redact: (text: string) => string;

  constructor(options: ValidationStepOptions) {
    this.#options = options;
    this.#redact = (text) => options.redactor.redact(text);
  }

  async send(call: HttpCall, next: SendNext): Promise<CallResponse> {
    const response = await next(call);
    const { schema } = call.spec;
    if (!schema) return response;
    const context = { ...call.context, status: response.status, requestId: response.requestId };
    return { ...response, data: this.validate(schema, response.data, context, undefined, call.callId) };
  }

  /** Checks data against a schema; `callId` names the call on a drift warning, when it came from one. */
  validate<T>(schema: z.ZodType<T>, data: unknown, context: PsaErrorContext, pathPrefix?: string, callId?: string): T {
    const { provider, mode, events } = this.#options;
    return validateResponse(schema, data, {
      mode,
      context,
      pathPrefix,
      redact: this.#redact,
      onWarning: (message, issues) =>
        events.emit('warning', { provider, ...(callId === undefined ? {} : { callId }), code: 'SCHEMA_DRIFT', message, operation: context.operation, issues }),
    });
  }
}
