import { describe, expect, it } from 'vitest';
import { callIdSource } from './call-ids';

describe('callIdSource', () => {
  it('hands out short ids that never repeat within one source', () => {
    const next = callIdSource();
    const ids = Array.from({ length: 1000 }, () => next());
    expect(new Set(ids).size).toBe(1000);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{6}-[0-9a-z]+$/);
  });

  it('gives each source its own prefix', () => {
    const prefixes = new Set(Array.from({ length: 20 }, () => callIdSource()().split('-')[0]));
    expect(prefixes.size).toBeGreaterThan(1);
  });
});
