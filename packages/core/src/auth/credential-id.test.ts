import { describe, expect, it } from 'vitest';
import { credentialIdOf } from './credential-id';

describe('credentialIdOf', () => {
  it('is stable for the same parts and short hex', () => {
    expect(credentialIdOf('api-key', 'k1')).toBe(credentialIdOf('api-key', 'k1'));
    expect(credentialIdOf('api-key', 'k1')).toMatch(/^[0-9a-f]{16}$/);
  });

  it('tells apart parts that only differ in where they are split', () => {
    expect(credentialIdOf('ab', 'c')).not.toBe(credentialIdOf('a', 'bc'));
  });

  it('never contains the secret it was built from', () => {
    expect(credentialIdOf('x', 'canary-SECRET-7f3a9b')).not.toContain('canary');
  });
});
