import { describe, expect, it } from 'vitest';
import { OperationGate } from './operation-gate';

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('OperationGate', () => {
  it('runs an exclusive task only once the shared tasks of its scope are done, and holds new ones back', async () => {
    const gate = new OperationGate();
    const log: string[] = [];
    let finishShared = (): void => undefined;
    const shared = gate.shared('tickets', undefined, () => new Promise<void>((resolve) => (finishShared = () => (log.push('shared done'), resolve()))));
    const exclusive = gate.exclusive('tickets', async () => {
      log.push('walk');
      await tick();
      log.push('walk done');
    });
    await tick();
    const later = gate.shared('tickets', undefined, async () => {
      log.push('later');
    });
    const otherScope = gate.shared('devices', undefined, async () => {
      log.push('other scope');
    });
    await otherScope;
    expect(log).toEqual(['other scope']);
    finishShared();
    await Promise.all([shared, exclusive, later]);
    expect(log).toEqual(['other scope', 'shared done', 'walk', 'walk done', 'later']);
  });

  it('runs tasks with the same key one at a time, in order', async () => {
    const gate = new OperationGate();
    const log: string[] = [];
    const task = (name: string) => async () => {
      log.push(`${name} start`);
      await tick();
      log.push(`${name} end`);
    };
    await Promise.all([gate.shared(undefined, 'a', task('1')), gate.shared(undefined, 'a', task('2')), gate.shared(undefined, 'b', task('3'))]);
    expect(log.indexOf('1 end')).toBeLessThan(log.indexOf('2 start'));
    expect(log.indexOf('3 start')).toBeLessThan(log.indexOf('1 end'));
  });
});
