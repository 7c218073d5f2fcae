import { describe, expect, it } from 'vitest';
import { mulberry32 } from './seeded-prng';

describe('mulberry32', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const take = (seed: number) => {
      const next = mulberry32(seed);
      return Array.from({ length: 50 }, () => next());
    };
    expect(take(42)).toEqual(take(42));
    expect(take(42)).not.toEqual(take(43));
  });

  it('stays within [0, 1) and spreads evenly', () => {
    const next = mulberry32(1);
    const buckets = Array.from({ length: 10 }, () => 0);
    for (let i = 0; i < 10_000; i++) {
      const value = next();
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
      buckets[Math.floor(value * 10)]!++;
    }
    for (const bucket of buckets) expect(bucket).toBeGreaterThan(850);
  });
});
