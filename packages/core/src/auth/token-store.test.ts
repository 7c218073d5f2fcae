import { describe, expect, it } from 'vitest';
import { Secret } from '../security/secret';
import type { TokenSet } from './token-set';
import { InMemoryTokenStore } from './token-store';

const token = (value: string): TokenSet => ({ accessToken: new Secret(value), expiresAt: 2, obtainedAt: 1 });

describe('InMemoryTokenStore', () => {
  it('returns what was set under a key, and nothing after delete', () => {
    const store = new InMemoryTokenStore();
    const saved = token('t1');
    store.set('a', saved);
    expect(store.get('a')).toBe(saved);
    store.delete('a');
    expect(store.get('a')).toBeUndefined();
  });

  it('keeps keys apart and instances apart', () => {
    const one = new InMemoryTokenStore();
    const two = new InMemoryTokenStore();
    one.set('a', token('t1'));
    one.set('b', token('t2'));
    expect(one.get('b')?.accessToken.reveal()).toBe('t2');
    expect(two.get('a')).toBeUndefined();
  });
});
