import { format, inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { Secret, isSecret } from './secret';

const CANARY = 'canary-secret-7f3a9b21';

describe('Secret', () => {
  const secret = new Secret(CANARY);

  it.each<[string, () => string]>([
    ['String()', () => String(secret)],
    ['a template literal', () => `${secret}`],
    ['string concatenation', () => 'key=' + secret],
    ['toString()', () => secret.toString()],
    ['JSON.stringify of the secret', () => JSON.stringify(secret)],
    ['JSON.stringify of an object holding it', () => JSON.stringify({ auth: { apiKey: secret } })],
    ['util.inspect', () => inspect(secret)],
    ['util.inspect deep inside an object', () => inspect({ a: { b: { c: { d: { secret } } } } }, { depth: Infinity })],
    ['util.inspect with showHidden', () => inspect(secret, { showHidden: true })],
    ["util.format('%o')", () => format('%o', { config: { secret } })],
    ["util.format('%O')", () => format('%O', secret)],
    ["util.format('%s')", () => format('%s', secret)],
    ["util.format('%j')", () => format('%j', { secret })],
    ['Object.keys and entries', () => JSON.stringify([Object.keys(secret), Object.entries(secret)])],
    ['a spread copy', () => JSON.stringify({ ...secret })],
    ['an error message built from it', () => new Error(`bad key ${secret}`).message],
  ])('does not reveal its value through %s', (_label, render) => {
    const text = render();
    expect(text).not.toContain(CANARY);
  });

  it('prints as [REDACTED] and inspects as Secret([REDACTED])', () => {
    expect(String(secret)).toBe('[REDACTED]');
    expect(JSON.stringify({ key: secret })).toBe('{"key":"[REDACTED]"}');
    expect(inspect(secret)).toBe('Secret([REDACTED])');
    expect(format('%o', secret)).toBe('Secret([REDACTED])');
  });

  it('gives the value only through reveal()', () => {
    expect(secret.reveal()).toBe(CANARY);
    expect(secret.length).toBe(CANARY.length);
  });

  it('wraps a string once and returns a Secret it is given as it is', () => {
    const wrapped = Secret.from('plain-value');
    expect(wrapped).toBeInstanceOf(Secret);
    expect(wrapped.reveal()).toBe('plain-value');
    expect(Secret.from(wrapped)).toBe(wrapped);
  });

  it('is told apart from strings by isSecret', () => {
    expect(isSecret(secret)).toBe(true);
    expect(isSecret(CANARY)).toBe(false);
    expect(isSecret({ reveal: () => CANARY })).toBe(false);
  });
});
