import { describe, expect, it } from 'vitest';
import { FakeClock } from './fake-clock';

const START = Date.UTC(2026, 0, 1);

describe('FakeClock', () => {
  it('starts at 2026-01-01T00:00:00Z unless told otherwise', () => {
    expect(new FakeClock().now()).toBe(START);
    expect(new FakeClock({ start: 5_000 }).now()).toBe(5_000);
  });

  it('finishes sleeps at once in virtual time, each at the time it asked for, in order', async () => {
    const clock = new FakeClock();
    const finished: [string, number][] = [];
    await Promise.all([
      clock.sleep(300).then(() => finished.push(['c', clock.now() - START])),
      clock.sleep(100).then(() => finished.push(['a', clock.now() - START])),
      clock.sleep(200).then(() => finished.push(['b', clock.now() - START])),
    ]);
    expect(finished).toEqual([
      ['a', 100],
      ['b', 200],
      ['c', 300],
    ]);
    expect(clock.now() - START).toBe(300);
  });

  it('resolves sleeps due at the same moment in the order they were made', async () => {
    const clock = new FakeClock();
    const order: number[] = [];
    await Promise.all([1, 2, 3].map((id) => clock.sleep(50).then(() => order.push(id))));
    expect(order).toEqual([1, 2, 3]);
  });

  it('chains sequential sleeps so virtual time adds up', async () => {
    const clock = new FakeClock();
    for (let index = 0; index < 5; index++) await clock.sleep(1_000);
    expect(clock.elapsedSince(START)).toBe(5_000);
  });

  it('treats negative and NaN delays as zero', async () => {
    const clock = new FakeClock();
    await clock.sleep(-50);
    await clock.sleep(Number.NaN);
    expect(clock.now()).toBe(START);
  });

  it('does not jump ahead for a watchdog timer nobody sleeps on', async () => {
    const clock = new FakeClock();
    let fired = false;
    clock.setTimer(1_000, () => {
      fired = true;
    });
    await clock.sleep(0);
    await new Promise((resolve) => setImmediate(resolve));
    expect(fired).toBe(false);
    expect(clock.now()).toBe(START);
    expect(clock.pending).toBe(1);
  });

  it('fires a watchdog timer once time passes it, before the sleep that moved time on', async () => {
    const clock = new FakeClock();
    const events: string[] = [];
    clock.setTimer(500, () => events.push(`timer@${clock.now() - START}`));
    await clock.sleep(800).then(() => events.push(`sleep@${clock.now() - START}`));
    expect(events).toEqual(['timer@500', 'sleep@800']);
  });

  it('never fires a cancelled timer', async () => {
    const clock = new FakeClock({ autoAdvance: false });
    let fired = false;
    const cancel = clock.setTimer(100, () => {
      fired = true;
    });
    cancel();
    expect(clock.pending).toBe(0);
    await clock.advance(1_000);
    expect(fired).toBe(false);
  });

  it('with autoAdvance off, leaves sleeps pending until advance() reaches them', async () => {
    const clock = new FakeClock({ autoAdvance: false });
    let done = false;
    void clock.sleep(1_000).then(() => {
      done = true;
    });
    await clock.advance(999);
    expect(done).toBe(false);
    await clock.advance(1);
    expect(done).toBe(true);
    expect(clock.now() - START).toBe(1_000);
  });

  it('advance fires due entries in time order and ends exactly at the target', async () => {
    const clock = new FakeClock({ autoAdvance: false });
    const seen: number[] = [];
    clock.setTimer(300, () => seen.push(clock.now() - START));
    void clock.sleep(100).then(() => seen.push(clock.now() - START));
    clock.setTimer(200, () => seen.push(clock.now() - START));
    await clock.advance(250);
    expect(seen).toEqual([100, 200]);
    expect(clock.now() - START).toBe(250);
    await clock.advance(100);
    expect(seen).toEqual([100, 200, 300]);
  });

  it('advance also fires follow-up sleeps scheduled by fired callbacks when they fall in the range', async () => {
    const clock = new FakeClock({ autoAdvance: false });
    const seen: number[] = [];
    const loop = async (): Promise<void> => {
      for (let tick = 0; tick < 5; tick++) {
        await clock.sleep(100);
        seen.push(clock.now() - START);
      }
    };
    void loop();
    await clock.advance(350);
    expect(seen).toEqual([100, 200, 300]);
    await clock.advance(1_000);
    expect(seen).toEqual([100, 200, 300, 400, 500]);
  });

  it('advanceTo never moves time backwards', async () => {
    const clock = new FakeClock({ autoAdvance: false });
    await clock.advance(1_000);
    await clock.advanceTo(START);
    expect(clock.now()).toBe(START + 1_000);
  });

  it('rejects a sleep with the abort reason when its signal aborts, and forgets it', async () => {
    const clock = new FakeClock({ autoAdvance: false });
    const controller = new AbortController();
    const sleeping = clock.sleep(1_000, controller.signal);
    controller.abort(new Error('caller gave up'));
    await expect(sleeping).rejects.toThrow('caller gave up');
    expect(clock.pending).toBe(0);
  });

  it('rejects at once when the signal is already aborted', async () => {
    const clock = new FakeClock();
    await expect(clock.sleep(10, AbortSignal.abort())).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('does not reject a sleep whose signal aborts after it finished', async () => {
    const clock = new FakeClock();
    const controller = new AbortController();
    await clock.sleep(10, controller.signal);
    controller.abort();
    expect(clock.now() - START).toBe(10);
  });

  it('still fires a timer on time after thousands of cancelled timers were compacted away', async () => {
    const clock = new FakeClock({ autoAdvance: false });
    for (let index = 0; index < 10_000; index++) clock.setTimer(1_000, () => undefined)();
    expect(clock.pending).toBe(0);
    let fired = false;
    clock.setTimer(10, () => {
      fired = true;
    });
    await clock.advance(10);
    expect(fired).toBe(true);
  });
});
