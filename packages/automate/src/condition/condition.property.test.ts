import { isPsaError } from '@psagate/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCondition } from '../sandbox/condition-parser';
import { type Condition, and, field, or } from './condition';

/**
 * Whatever string a caller passes, the builder either writes it as one literal value of one
 * comparison, or refuses it with a ValidationError; it never becomes condition syntax.
 */

/** Text of every kind: any code point (lone surrogates and controls included), and the condition language's own characters. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.constantFrom("'", '"', '\\', '(', ')', ',', ' ', '=', '<', '>', '%', '_', 'a', 'n', 'd', 'o', 'r', '1', '\n', '\u0000'), maxLength: 24 }),
  fc.constantFrom("' or '1'='1", '" or "1"="1', "x') or (Id > 0", '\\', "\\'", 'and', 'or', 'Name = 1', ')', "it's \"both\""),
);

/** Builds a condition, or returns the error it was refused with. */
function build(make: () => Condition): { condition?: Condition; error?: unknown } {
  try {
    return { condition: make() };
  } catch (error) {
    return { error };
  }
}

function expectRefusal(error: unknown): void {
  expect(isPsaError(error, 'validation'), String(error)).toBe(true);
  expect((error as { code?: string }).code).toBe('INVALID_CONDITION_VALUE');
}

describe('the condition builder with any string (properties)', () => {
  it('writes = as one comparison that holds for exactly that value, or refuses the value', () => {
    fc.assert(
      fc.property(anyText, anyText, (value, other) => {
        const built = build(() => and(field('Name').eq(value), field('Status').eq('Online')));
        if (built.error !== undefined) return expectRefusal(built.error);
        const matches = parseCondition((built.condition as Condition).render());
        expect(matches({ Name: value, Status: 'Online', Other: other })).toBe(true);
        expect(matches({ Name: value, Status: 'Offline' })).toBe(false);
        if (other.toLowerCase() !== value.toLowerCase()) expect(matches({ Name: other, Status: 'Online' })).toBe(false);
      }),
      { numRuns: 400 },
    );
  });

  it('keeps every value of an in list a value of the list, and nothing else', () => {
    fc.assert(
      fc.property(fc.array(anyText, { minLength: 1, maxLength: 4 }), anyText, (values, other) => {
        const built = build(() => field('Name').in(values));
        if (built.error !== undefined) return expectRefusal(built.error);
        const matches = parseCondition((built.condition as Condition).render());
        for (const value of values) expect(matches({ Name: value })).toBe(true);
        if (!values.some((value) => value.toLowerCase() === other.toLowerCase())) expect(matches({ Name: other })).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a contains value a substring to look for, however it is nested in and/or', () => {
    fc.assert(
      fc.property(anyText, fc.boolean(), (value, nestInOr) => {
        const built = build(() => {
          const inner = field('Message').contains(value);
          return nestInOr ? and(field('Id').gt(0), or(inner, field('Id').eq(-1))) : and(inner, field('Id').gt(0));
        });
        if (built.error !== undefined) return expectRefusal(built.error);
        const matches = parseCondition((built.condition as Condition).render());
        expect(matches({ Id: 5, Message: `before ${value} after` })).toBe(true);
        expect(matches({ Id: 0, Message: value })).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses only what it must: control characters, lone surrogates, or both quote characters at once', () => {
    fc.assert(
      fc.property(anyText, (value) => {
        const built = build(() => field('Name').eq(value));
        // eslint-disable-next-line no-control-regex
        const mustRefuse = /[\u0000-\u0008\u000a-\u001f\u007f]/.test(value) || !isWellFormed(value) || (value.includes("'") && value.includes('"'));
        expect(built.error !== undefined).toBe(mustRefuse);
      }),
      { numRuns: 400 },
    );
  });
});

function isWellFormed(value: string): boolean {
  return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(value);
}
