import { describe, expect, it, vi } from 'vitest';
import { ConfigError } from '../errors/error-types';
import { Latency } from './latency';

describe('Latency', () => {
  it('never sleeps when there is no latency', async () => {
    const sleep = vi.fn(async () => undefined);
    const latency = new Latency(undefined, { sleep });
    await latency.wait();
    await new Latency(0, { sleep }).wait();
    expect(sleep).not.toHaveBeenCalled();
  });

  it('sleeps a fixed latency through the injected sleep', async () => {
    const sleep = vi.fn(async (_ms: number) => undefined);
    await new Latency(100, { sleep }).wait();
    expect(sleep).toHaveBeenCalledWith(100);
  });

  it('draws a range reproducibly within its bounds', () => {
    const draws = (seed: number) => {
      const latency = new Latency({ min: 5, max: 40 }, { seed });
      return Array.from({ length: 500 }, () => latency.draw());
    };
    const first = draws(3);
    expect(draws(3)).toEqual(first);
    expect(Math.min(...first)).toBeGreaterThanOrEqual(5);
    expect(Math.max(...first)).toBeLessThanOrEqual(40);
    expect(new Set(first).size).toBeGreaterThan(20);
  });

  it('pauses for slow faults through the same sleep', async () => {
    const sleep = vi.fn(async (_ms: number) => undefined);
    await new Latency(0, { sleep }).pause(2_000);
    expect(sleep).toHaveBeenCalledWith(2_000);
  });

  it('rejects a negative or inverted latency', () => {
    expect(() => new Latency(-1)).toThrow(ConfigError);
    expect(() => new Latency({ min: 10, max: 5 })).toThrow(/0 <= min <= max/);
  });
});
