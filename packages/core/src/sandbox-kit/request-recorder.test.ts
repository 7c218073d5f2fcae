import { describe, expect, it } from 'vitest';
import { RequestRecorder } from './request-recorder';

describe('RequestRecorder', () => {
  it('counts requests per route, rate limits, faults and applied writes', () => {
    const recorder = new RequestRecorder<{ path: string }>();
    recorder.countRequest('tickets.list');
    recorder.countRequest('tickets.list');
    recorder.countRequest();
    recorder.countRateLimited();
    recorder.countFault('503');
    recorder.countFault('503');
    recorder.countFault('slow');
    recorder.countWriteApplied();
    expect(recorder.stats()).toEqual({
      requests: 3,
      byRoute: { 'tickets.list': 2, unmatched: 1 },
      rateLimited: 1,
      faultsInjected: 3,
      faultsByKind: { '503': 2, slow: 1 },
      writesApplied: 1,
    });
    expect(recorder.requestCount).toBe(3);
  });

  it('keeps entries in order when recording, and none when not', () => {
    const on = new RequestRecorder<number>();
    on.record(1);
    on.record(2);
    expect(on.entries).toEqual([1, 2]);
    const off = new RequestRecorder<number>({ record: false });
    off.record(1);
    off.countRequest('x');
    expect(off.entries).toEqual([]);
    expect(off.stats().requests).toBe(1);
  });

  it('clears the log and the counters', () => {
    const recorder = new RequestRecorder<number>();
    recorder.record(1);
    recorder.countRequest('x');
    recorder.countFault('500');
    recorder.clear();
    expect(recorder.entries).toEqual([]);
    expect(recorder.stats()).toEqual({ requests: 0, byRoute: {}, rateLimited: 0, faultsInjected: 0, faultsByKind: {}, writesApplied: 0 });
  });
});
