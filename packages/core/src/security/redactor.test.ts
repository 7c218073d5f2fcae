import { describe, expect, it } from 'vitest';
import { Redactor } from './redactor';
import { Secret } from './secret';

const KEY = 'api-key-0123456789';
const TOKEN = 'eyJhbGciOi.token.abc';

describe('Redactor', () => {
  it.each<[string, (redactor: Redactor) => void, string, string]>([
    ['a fixed secret', (r) => r.add(KEY), `sent ${KEY} twice: ${KEY}`, 'sent [REDACTED] twice: [REDACTED]'],
    ['a rotating secret', (r) => r.addRotating(TOKEN), `Bearer ${TOKEN}`, 'Bearer [REDACTED]'],
    ['the longest secret first, so a longer one is not half-masked', (r) => (r.add('abcdef'), r.add('abcdef-ghijkl')), 'x abcdef-ghijkl y abcdef', 'x [REDACTED] y [REDACTED]'],
    ['a secret in its percent-encoded form', (r) => r.add('s3cr3t+/=value'), 'client_secret=s3cr3t%2B%2F%3Dvalue&x=1', 'client_secret=[REDACTED]&x=1'],
    ['nothing when no secret is known', () => undefined, `plain ${KEY}`, `plain ${KEY}`],
    ['nothing for values shorter than 6 characters', (r) => (r.add('abc12'), r.addRotating('zz')), 'abc12 zz', 'abc12 zz'],
    ['a value exactly 6 characters long', (r) => r.add('abc123'), 'x abc123 y', 'x [REDACTED] y'],
    ['nothing for empty, undefined or null', (r) => (r.add(''), r.add(undefined), r.add(null), r.addRotating(undefined)), 'text', 'text'],
  ])('masks %s', (_label, prepare, input, output) => {
    const redactor = new Redactor();
    prepare(redactor);
    expect(redactor.redact(input)).toBe(output);
  });

  it('forgets the oldest rotating values beyond its bound of 32', () => {
    const redactor = new Redactor();
    const tokens = Array.from({ length: 40 }, (_, index) => `token-${String(index).padStart(3, '0')}-xyz`);
    for (const token of tokens) redactor.addRotating(token);
    expect(redactor.redact(tokens[7] as string)).toBe(tokens[7]);
    expect(redactor.redact(tokens[8] as string)).toBe('[REDACTED]');
    expect(redactor.redact(tokens[39] as string)).toBe('[REDACTED]');
  });

  it('never forgets fixed secrets, however many tokens rotate', () => {
    const redactor = new Redactor();
    redactor.add(KEY);
    for (let index = 0; index < 100; index++) redactor.addRotating(`rotating-token-${index}`);
    expect(redactor.redact(KEY)).toBe('[REDACTED]');
  });

  it('keeps a value for good once it is added as fixed, even if it was first seen rotating', () => {
    const redactor = new Redactor();
    redactor.addRotating(KEY);
    redactor.add(KEY);
    for (let index = 0; index < 100; index++) redactor.addRotating(`rotating-token-${index}`);
    expect(redactor.redact(KEY)).toBe('[REDACTED]');
  });

  it('does not let a repeated token push older ones out', () => {
    const redactor = new Redactor();
    redactor.addRotating('first-token');
    for (let index = 0; index < 100; index++) redactor.addRotating('same-token');
    expect(redactor.redact('first-token')).toBe('[REDACTED]');
  });

  it('redacts every string in nested objects and arrays and returns a copy', () => {
    const redactor = new Redactor();
    redactor.add(KEY);
    const input = { headers: { 'X-API-KEY': KEY }, list: [`a ${KEY}`, 3, null, true, [{ deep: KEY }]], count: 2 };
    const output = redactor.redactDeep(input);
    expect(output).toEqual({ headers: { 'X-API-KEY': '[REDACTED]' }, list: ['a [REDACTED]', 3, null, true, [{ deep: '[REDACTED]' }]], count: 2 });
    expect(input.headers['X-API-KEY']).toBe(KEY);
  });

  it('redacts errors and class instances, not only plain objects', () => {
    const redactor = new Redactor();
    redactor.add(KEY);
    class Holder {
      readonly token = KEY;
    }
    const error = Object.assign(new Error(`failed with ${KEY}`), { code: 'E_KEY', config: { headers: { Authorization: `Bearer ${KEY}` } } });
    const output = redactor.redactDeep({ error, holder: new Holder(), bare: Object.assign(Object.create(null) as object, { key: KEY }) });
    expect(JSON.stringify(output)).not.toContain(KEY);
    expect(output.error).toMatchObject({ name: 'Error', message: 'failed with [REDACTED]', code: 'E_KEY' });
  });

  it('redacts what an object would serialise through toJSON, as an HTTP client error with request headers would', () => {
    const redactor = new Redactor();
    redactor.addRotating(TOKEN);
    const axiosLike = { toJSON: () => ({ message: 'Request failed', config: { headers: { Authorization: `Bearer ${TOKEN}` } } }) };
    expect(JSON.stringify(redactor.redactDeep({ error: axiosLike }))).toBe(
      '{"error":{"message":"Request failed","config":{"headers":{"Authorization":"Bearer [REDACTED]"}}}}',
    );
  });

  it('turns a Secret into its mask and keeps dates as they are', () => {
    const redactor = new Redactor();
    const when = new Date(0);
    expect(redactor.redactDeep({ key: new Secret(KEY), when })).toEqual({ key: '[REDACTED]', when });
  });

  it('survives cycles without recursing forever, while repeated references are copied', () => {
    const redactor = new Redactor();
    redactor.add(KEY);
    const shared = { key: KEY };
    const cyclic: Record<string, unknown> = { a: shared, b: shared };
    cyclic.self = cyclic;
    expect(redactor.redactDeep(cyclic)).toEqual({ a: { key: '[REDACTED]' }, b: { key: '[REDACTED]' }, self: '[Circular]' });
  });

  it('returns primitives other than strings untouched', () => {
    const redactor = new Redactor();
    redactor.add(KEY);
    expect(redactor.redactDeep(42)).toBe(42);
    expect(redactor.redactDeep(undefined)).toBeUndefined();
    expect(redactor.redactDeep(null)).toBeNull();
    expect(redactor.redactDeep(KEY)).toBe('[REDACTED]');
  });

  it('keeps two redactors apart: one tenant never learns the other tenant secrets', () => {
    const tenantA = new Redactor();
    const tenantB = new Redactor();
    tenantA.add('tenant-a-secret');
    expect(tenantB.redact('tenant-a-secret')).toBe('tenant-a-secret');
  });
});
