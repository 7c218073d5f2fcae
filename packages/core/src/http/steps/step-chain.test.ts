import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../errors/error-types';
import type { CallResponse } from './call-response';
import type { HttpStep, HttpStepPlacement } from './http-step';
import { composeSteps, placeSteps } from './step-chain';
import { answer, callOf } from './step.test-helpers';

/** A step that records its name on the way out and on the way back. */
function recording(name: string, trace: string[]): HttpStep {
  return {
    name,
    async send(call, next): Promise<CallResponse> {
      trace.push(`> ${name}`);
      const response = await next(call);
      trace.push(`< ${name}`);
      return response;
    },
  };
}

const names = (steps: readonly HttpStep[]): string[] => steps.map((step) => step.name);
const builtIn = (): HttpStep[] => ['a', 'b', 'c'].map((name) => recording(name, []));

describe('placeSteps', () => {
  it('puts a step right before or right after its anchor', () => {
    const placed = placeSteps(builtIn(), [{ step: recording('x', []), before: 'b' }, { step: recording('y', []), after: 'c' }], 'acme');
    expect(names(placed)).toEqual(['a', 'x', 'b', 'c', 'y']);
  });

  it('lets a step be anchored to one placed before it in the same list', () => {
    const placed = placeSteps(builtIn(), [{ step: recording('x', []), after: 'a' }, { step: recording('y', []), after: 'x' }], 'acme');
    expect(names(placed)).toEqual(['a', 'x', 'y', 'b', 'c']);
  });

  it('leaves the built-in steps as they are without placements', () => {
    const steps = builtIn();
    expect(placeSteps(steps, [], 'acme')).toEqual(steps);
  });

  it('refuses an anchor that names no step with a ConfigError listing the known steps', () => {
    let error: unknown;
    try {
      placeSteps(builtIn(), [{ step: recording('x', []), before: 'retyr' }], 'acme');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toBe("The acme transport step 'x' is placed before 'retyr', which is not a step. Known steps: a, b, c.");
  });

  it('refuses a step whose name is taken', () => {
    expect(() => placeSteps(builtIn(), [{ step: recording('b', []), after: 'a' }], 'acme')).toThrow(/already has a step named 'b'/);
  });

  it('refuses a placement with both anchors or none', () => {
    const both = { step: recording('x', []), before: 'a', after: 'b' } as unknown as HttpStepPlacement;
    const none = { step: recording('x', []) } as unknown as HttpStepPlacement;
    for (const placement of [both, none]) expect(() => placeSteps(builtIn(), [placement], 'acme')).toThrow(/needs exactly one of before or after/);
  });
});

describe('composeSteps', () => {
  it('sends a call through the steps outermost first, then the wire, and the answer back the other way', async () => {
    const trace: string[] = [];
    const send = composeSteps([recording('a', trace), recording('b', trace)], async () => {
      trace.push('wire');
      return answer(204);
    });
    const response = await send(callOf());
    expect(response.status).toBe(204);
    expect(trace).toEqual(['> a', '> b', 'wire', '< b', '< a']);
  });
});
