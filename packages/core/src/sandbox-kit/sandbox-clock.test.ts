import { describe, expect, it } from 'vitest';
import { FakeClock } from '../testing/fake-clock';
import { nowOf, sleepOf } from './sandbox-clock';

describe('sandbox clock options', () => {
  it('read now() from a function, a core Clock, or real time', () => {
    expect(nowOf(() => 42)()).toBe(42);
    const clock = new FakeClock({ start: 1_000 });
    expect(nowOf(clock)()).toBe(1_000);
    const before = Date.now();
    expect(nowOf(undefined)()).toBeGreaterThanOrEqual(before);
  });

  it('sleep on a core Clock when given one, and leave the default otherwise', async () => {
    const clock = new FakeClock({ start: 0 });
    const sleep = sleepOf(clock);
    expect(sleep).toBeDefined();
    await sleep?.(5_000);
    expect(clock.now()).toBe(5_000);
    expect(sleepOf(() => 1)).toBeUndefined();
    expect(sleepOf(undefined)).toBeUndefined();
  });
});
