import { describe, expect, it, vi } from 'vitest';
import { NotFoundError } from '../errors/error-types';
import { type PsaEventName, PsaEvents, type RetryEvent } from './events';

const retry: RetryEvent = { callId: 'c1', provider: 'atera', operation: 'tickets.list', method: 'GET', path: '/api/v3/tickets', attempt: 1, nextAttempt: 2, delayMs: 250, reason: 'HTTP 503' };

describe('PsaEvents', () => {
  it('delivers an event to every listener of its name, in subscription order, and to no other name', () => {
    const events = new PsaEvents();
    const calls: string[] = [];
    events.on('retry', (event) => calls.push(`first ${event.reason}`));
    events.on('retry', (event) => calls.push(`second ${event.delayMs}`));
    events.on('request', () => calls.push('wrong name'));
    events.emit('retry', retry);
    expect(calls).toEqual(['first HTTP 503', 'second 250']);
  });

  it('says whether anyone listens, so emitters can skip building events', () => {
    const events = new PsaEvents();
    expect(events.has('response')).toBe(false);
    const off = events.on('response', () => undefined);
    expect(events.has('response')).toBe(true);
    off();
    expect(events.has('response')).toBe(false);
  });

  it('stops delivering after the returned unsubscribe function or off() is called', () => {
    const events = new PsaEvents();
    const a = vi.fn();
    const b = vi.fn();
    const offA = events.on('error', a);
    events.on('error', b);
    offA();
    events.off('error', b);
    events.emit('error', { error: new NotFoundError('gone') });
    expect(a).not.toHaveBeenCalled();
    expect(b).not.toHaveBeenCalled();
  });

  it('subscribes the same function once per name', () => {
    const events = new PsaEvents();
    const listener = vi.fn();
    events.on('warning', listener);
    events.on('warning', listener);
    events.emit('warning', { provider: 'atera', code: 'SCHEMA_DRIFT', message: 'x' });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('reports a throwing listener to onListenerError and still runs the others', () => {
    const reported: [unknown, PsaEventName][] = [];
    const events = new PsaEvents({ onListenerError: (error, name) => reported.push([error, name]) });
    const boom = new Error('listener bug');
    const after = vi.fn();
    events.on('retry', () => {
      throw boom;
    });
    events.on('retry', after);
    expect(() => events.emit('retry', retry)).not.toThrow();
    expect(after).toHaveBeenCalledWith(retry);
    expect(reported).toEqual([[boom, 'retry']]);
  });

  it('swallows a throwing listener when no error handler is given', () => {
    const events = new PsaEvents();
    events.on('retry', () => {
      throw new Error('x');
    });
    expect(() => events.emit('retry', retry)).not.toThrow();
  });

  it('never lets a failing onListenerError break the emitter', () => {
    const events = new PsaEvents({
      onListenerError: () => {
        throw new Error('handler bug');
      },
    });
    const after = vi.fn();
    events.on('retry', () => {
      throw new Error('listener bug');
    });
    events.on('retry', after);
    expect(() => events.emit('retry', retry)).not.toThrow();
    expect(after).toHaveBeenCalledTimes(1);
  });

  it('delivers the current event to the listeners present when it was emitted, even if one unsubscribes another', () => {
    const events = new PsaEvents();
    const calls: string[] = [];
    const late = vi.fn();
    let offB: () => void = () => undefined;
    events.on('retry', () => {
      calls.push('a');
      offB();
      events.on('retry', late);
    });
    offB = events.on('retry', () => calls.push('b'));
    events.emit('retry', retry);
    expect(calls).toEqual(['a', 'b']);
    expect(late).not.toHaveBeenCalled();
    events.emit('retry', retry);
    expect(late).toHaveBeenCalledTimes(1);
    expect(calls).toEqual(['a', 'b', 'a']);
  });

  it('does nothing when nobody listens', () => {
    expect(() => new PsaEvents().emit('token', { provider: 'halopsa', reason: 'initial', outcome: 'refreshed' })).not.toThrow();
  });
});
