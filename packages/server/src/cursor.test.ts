import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, filterHashOf } from './cursor';

describe('list cursors', () => {
  const filterHash = filterHashOf('tickets', { status: ['open'], priority: ['high'] });

  it('round-trips through an opaque base64url token', () => {
    const token = encodeCursor({ resource: 'tickets', page: 3, pageSize: 25, filterHash });
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(token, { resource: 'tickets', filterHash })).toEqual({ resource: 'tickets', page: 3, pageSize: 25, filterHash });
  });

  it('hashes the same filters the same whatever their order, and other filters or resources differently', () => {
    expect(filterHashOf('tickets', { priority: ['high'], status: ['open'], search: undefined })).toBe(filterHash);
    expect(filterHashOf('tickets', { status: ['open'] })).not.toBe(filterHash);
    expect(filterHashOf('devices', { status: ['open'], priority: ['high'] })).not.toBe(filterHash);
  });

  it('refuses damaged, forged and foreign cursors with a 400 problem', () => {
    const token = encodeCursor({ resource: 'tickets', page: 2, pageSize: 10, filterHash });
    const forge = (payload: unknown) => Buffer.from(JSON.stringify(payload)).toString('base64url');
    const cases: [string, string][] = [
      [token.slice(0, -3), 'INVALID_CURSOR'],
      ['%%%', 'INVALID_CURSOR'],
      [forge({ v: 1, r: 'tickets', p: 0, s: 10, f: filterHash }), 'INVALID_CURSOR'],
      [forge({ v: 2, r: 'tickets', p: 2, s: 10, f: filterHash }), 'INVALID_CURSOR'],
      [forge({ v: 1, r: 'tickets', p: 2, s: 10, f: filterHash, extra: true }), 'INVALID_CURSOR'],
      [encodeCursor({ resource: 'devices', page: 2, pageSize: 10, filterHash }), 'INVALID_CURSOR'],
      [encodeCursor({ resource: 'tickets', page: 2, pageSize: 10, filterHash: filterHashOf('tickets', {}) }), 'CURSOR_FILTER_MISMATCH'],
      ['x'.repeat(600), 'INVALID_CURSOR'],
    ];
    for (const [candidate, code] of cases) {
      expect(() => decodeCursor(candidate, { resource: 'tickets', filterHash }), candidate).toThrow(expect.objectContaining({ kind: 'bad-request', code }));
    }
  });

  it('binds a cursor to a resource of any length or alphabet through a hash, staying short', () => {
    for (const resource of [`tickets/${'9'.repeat(200)}/comments`, 'tickets/\u00e9\u00e9\u0001"/comments', '#tickets']) {
      const hash = filterHashOf(resource, {});
      const token = encodeCursor({ resource, page: 2, pageSize: 10, filterHash: hash });
      expect(token.length).toBeLessThan(200);
      expect(decodeCursor(token, { resource, filterHash: hash })).toEqual({ resource, page: 2, pageSize: 10, filterHash: hash });
      expect(() => decodeCursor(token, { resource: `${resource}x`, filterHash: hash })).toThrow(expect.objectContaining({ code: 'INVALID_CURSOR' }));
    }
  });
});
