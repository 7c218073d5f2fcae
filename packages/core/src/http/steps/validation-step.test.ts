import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ResponseShapeError } from '../../errors/error-types';
import { PsaEvents, type WarningEvent } from '../../observability/events';
import { Redactor } from '../../security/redactor';
import type { ResponseValidationMode } from '../response-validation';
import { ValidationStep } from './validation-step';
import { answer, callOf, rejectionOf, replying } from './step.test-helpers';

const Ticket = z.object({ id: z.number(), when: z.string().transform((text) => new Date(text)) });

function validationStep(mode: ResponseValidationMode): { step: ValidationStep; warnings: WarningEvent[] } {
  const events = new PsaEvents();
  const warnings: WarningEvent[] = [];
  events.on('warning', (event) => warnings.push(event));
  const redactor = new Redactor();
  redactor.add('secret-key-123');
  return { step: new ValidationStep({ provider: 'acme', mode, events, redactor }), warnings };
}

describe('ValidationStep', () => {
  it('hands back the answer untouched when the spec has no schema', async () => {
    const { step } = validationStep('strict');
    const response = answer(200, { data: { anything: true } });
    expect(await step.send(callOf(), replying(response))).toBe(response);
  });

  it('returns the parsed data (transforms applied) when it matches', async () => {
    const { step } = validationStep('strict');
    const response = await step.send(callOf({ schema: Ticket }), replying(answer(200, { data: { id: 1, when: '2026-01-02T03:04:05Z' } })));
    expect((response.data as { when: Date }).when).toBeInstanceOf(Date);
  });

  it('fails a mismatch in strict mode naming the paths, the status and the request id, never the values', async () => {
    const { step } = validationStep('strict');
    const next = replying(answer(200, { requestId: 'req-9', data: { id: 'private-value', when: 'x' } }));
    const error = await rejectionOf(step.send(callOf({ schema: Ticket }), next));
    expect(error).toBeInstanceOf(ResponseShapeError);
    expect(error).toMatchObject({ code: 'SCHEMA_MISMATCH', status: 200, requestId: 'req-9', operation: 'things.list' });
    expect(JSON.stringify(error)).not.toContain('private-value');
  });

  it('keeps the data in lenient mode and reports the drift as a warning of the call', async () => {
    const { step, warnings } = validationStep('lenient');
    const data = { id: 'seven', when: '2026-01-02T03:04:05Z' };
    const response = await step.send(callOf({ schema: Ticket }), replying(answer(200, { data })));
    expect(response.data).toBe(data);
    expect(warnings).toMatchObject([{ provider: 'acme', callId: 'call-1', code: 'SCHEMA_DRIFT', operation: 'things.list', issues: [{ path: 'id' }] }]);
  });

  it('checks list items for transport.validate(), with their index in the path and no call id', () => {
    const { step, warnings } = validationStep('lenient');
    step.validate(z.object({ id: z.number() }), { id: 'x' }, { provider: 'acme', operation: 'things.list' }, 'items[3]');
    expect(warnings[0]?.issues?.[0]?.path).toBe('items[3].id');
    expect(warnings[0]).not.toHaveProperty('callId');
  });

  it('masks secrets in issue paths built from record keys', () => {
    const { step } = validationStep('strict');
    let error: unknown;
    try {
      step.validate(z.record(z.string(), z.number()), { 'secret-key-123': 'no' }, { provider: 'acme' });
    } catch (caught) {
      error = caught;
    }
    expect(JSON.stringify(error)).not.toContain('secret-key-123');
  });
});
