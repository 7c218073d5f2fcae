import { describe, expect, it } from 'vitest';
import { ConfigError } from '../errors/error-types';
import { SlidingWindowCounter } from './sliding-window-counter';

function counter(limit: number, windowMs: number) {
  const clock = { now: 1_000_000 };
  return { clock, counter: new SlidingWindowCounter({ limit, windowMs, now: () => clock.now }) };
}

describe('SlidingWindowCounter', () => {
  it('allows up to the limit in a window, then refuses with the wait until the oldest request leaves it', () => {
    const { clock, counter: window } = counter(3, 60_000);
    expect(window.hit('k').remaining).toBe(2);
    clock.now += 10_000;
    expect(window.hit('k').remaining).toBe(1);
    expect(window.hit('k')).toMatchObject({ allowed: true, remaining: 0, resetAt: 1_000_000 + 60_000 });
    clock.now += 5_000;
    expect(window.hit('k')).toEqual({ allowed: false, limit: 3, remaining: 0, resetAt: 1_060_000, retryAfterMs: 45_000, decidedAt: 1_015_000 });
  });

  it('slides: a slot frees exactly when its request is one window old', () => {
    const { clock, counter: window } = counter(2, 1_000);
    window.hit('k');
    clock.now += 400;
    window.hit('k');
    clock.now += 599;
    expect(window.hit('k').allowed).toBe(false);
    clock.now += 1;
    expect(window.hit('k')).toMatchObject({ allowed: true, remaining: 0, resetAt: 1_000_000 + 400 + 1_000 });
  });

  it('does not count refused requests', () => {
    const { clock, counter: window } = counter(1, 1_000);
    window.hit('k');
    for (let i = 0; i < 5; i++) expect(window.hit('k').allowed).toBe(false);
    clock.now += 1_000;
    expect(window.hit('k').allowed).toBe(true);
  });

  it('keeps a separate window per key', () => {
    const { counter: window } = counter(1, 1_000);
    expect(window.hit('a').allowed).toBe(true);
    expect(window.hit('a').allowed).toBe(false);
    expect(window.hit('b').allowed).toBe(true);
  });

  it('peeks without counting', () => {
    const { counter: window } = counter(2, 1_000);
    expect(window.peek('k')).toMatchObject({ allowed: true, remaining: 2 });
    expect(window.peek('k').remaining).toBe(2);
    window.hit('k');
    expect(window.peek('k').remaining).toBe(1);
  });

  it('holds its limit over many windows (the ring wraps around)', () => {
    const { clock, counter: window } = counter(5, 100);
    let allowed = 0;
    for (let i = 0; i < 1_000; i++) {
      if (window.hit('k').allowed) allowed++;
      clock.now += 10;
    }
    expect(allowed).toBe(500);
  });

  it('rejects a limit or window that makes no sense', () => {
    expect(() => new SlidingWindowCounter({ limit: 0, windowMs: 1 })).toThrow(ConfigError);
    expect(() => new SlidingWindowCounter({ limit: 1, windowMs: -1 })).toThrow(/window must be a positive number/);
  });
});
