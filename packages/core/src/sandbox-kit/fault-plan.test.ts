import { describe, expect, it } from 'vitest';
import { ConfigError } from '../errors/error-types';
import { FaultPlan, faultStatus, type SandboxFaultKind, sandboxFaultKinds } from './fault-plan';

const read = { route: 'tickets.list', write: false } as const;
const write = { route: 'tickets.create', write: true } as const;

describe('FaultPlan', () => {
  it('injects nothing by default', () => {
    const plan = new FaultPlan();
    for (let i = 0; i < 100; i++) expect(plan.draw(write)).toBeUndefined();
  });

  it('serves an injected fault to the next matching requests only, count times', () => {
    const plan = new FaultPlan();
    plan.inject('503', { count: 2, route: 'tickets.create' });
    expect(plan.draw(read)).toBeUndefined();
    expect(plan.draw(write)).toBe('503');
    expect(plan.pendingInjections).toBe(1);
    expect(plan.draw(write)).toBe('503');
    expect(plan.draw(write)).toBeUndefined();
  });

  it('keeps an injected drop for the next write, letting reads through', () => {
    const plan = new FaultPlan();
    plan.inject('drop-after-write');
    expect(plan.draw(read)).toBeUndefined();
    expect(plan.draw(write)).toBe('drop-after-write');
  });

  it('serves injected faults in the order they were injected', () => {
    const plan = new FaultPlan();
    plan.inject('500');
    plan.inject('slow');
    expect([plan.draw(read), plan.draw(read), plan.draw(read)]).toEqual(['500', 'slow', undefined]);
  });

  it('forgets injections on clearInjected()', () => {
    const plan = new FaultPlan();
    plan.inject('500', { count: 3 });
    plan.clearInjected();
    expect(plan.draw(read)).toBeUndefined();
  });

  it('draws random faults at about the configured rate, the same ones for the same seed', () => {
    const draws = (seed: number) => {
      const plan = new FaultPlan({ rate: 0.25, seed });
      return Array.from({ length: 2_000 }, () => plan.draw(write));
    };
    const first = draws(7);
    expect(draws(7)).toEqual(first);
    expect(draws(8)).not.toEqual(first);
    const faults = first.filter((kind) => kind !== undefined);
    expect(faults.length).toBeGreaterThan(400);
    expect(faults.length).toBeLessThan(600);
    expect(new Set(faults)).toEqual(new Set(sandboxFaultKinds));
  });

  it('never drops a read, even when drops are the only kinds', () => {
    const plan = new FaultPlan({ rate: 1, kinds: ['drop-before-write', 'drop-after-write'] });
    expect(plan.draw(read)).toBeUndefined();
    expect(['drop-before-write', 'drop-after-write']).toContain(plan.draw(write));
  });

  it('draws only the configured kinds', () => {
    const plan = new FaultPlan({ rate: 1, kinds: ['502', 'malformed-json'] });
    const seen = new Set(Array.from({ length: 100 }, () => plan.draw(read)));
    expect(seen).toEqual(new Set(['502', 'malformed-json']));
  });

  it('rejects a rate outside 0..1, an unknown kind and a bad count', () => {
    expect(() => new FaultPlan({ rate: 1.5 })).toThrow(ConfigError);
    expect(() => new FaultPlan({ kinds: ['418' as SandboxFaultKind] })).toThrow(/Unknown sandbox fault kind "418"/);
    expect(() => new FaultPlan().inject('500', { count: 0 })).toThrow(/positive integer/);
    expect(() => new FaultPlan({ burstRetryAfterMs: 0 })).toThrow(/burstRetryAfterMs/);
  });

  it('keeps the burst wait it is given, 1 s by default', () => {
    expect(new FaultPlan().burstRetryAfterMs).toBe(1_000);
    expect(new FaultPlan({ burstRetryAfterMs: 100 }).burstRetryAfterMs).toBe(100);
  });

  it('maps status kinds to their status', () => {
    expect(faultStatus('504')).toBe(504);
    expect(faultStatus('slow')).toBeUndefined();
  });
});
