import { afterEach, describe, expect, it, vi } from 'vitest';
import { Redactor } from '../security/redactor';
import { type LogLevel, type PsaLogger, createConsoleLogger, redactingLogger, silentLogger } from './logger';

const LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error'];

function spies() {
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  const stderr = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const lines = (): string[] => [
    ...stdout.mock.calls.map((call) => String(call[0])),
    ...stderr.mock.calls.map((call) => `${String(call[0])}\n`),
  ];
  return { stdout, stderr, lines };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('createConsoleLogger', () => {
  it.each<[LogLevel | undefined, LogLevel[]]>([
    ['debug', ['debug', 'info', 'warn', 'error']],
    [undefined, ['info', 'warn', 'error']],
    ['info', ['info', 'warn', 'error']],
    ['warn', ['warn', 'error']],
    ['error', ['error']],
  ])('at level %s writes %j', (level, written) => {
    const { lines } = spies();
    const logger = createConsoleLogger(level ? { level } : {});
    for (const each of LEVELS) logger[each](`${each} message`);
    expect(lines().map((line) => line.split(' ')[1]).sort()).toEqual([...written].sort());
  });

  it('writes debug and info to stdout and warn and error to stderr, one line each', () => {
    const { stdout, stderr } = spies();
    const logger = createConsoleLogger({ level: 'debug' });
    logger.debug('d');
    logger.info('i');
    logger.warn('w');
    logger.error('e');
    expect(stdout.mock.calls.map((call) => call[0])).toEqual(['[psagate] debug d\n', '[psagate] info i\n']);
    expect(stderr.mock.calls.map((call) => call[0])).toEqual(['[psagate] warn w', '[psagate] error e']);
  });

  it('appends fields as JSON, and nothing for empty fields', () => {
    const { stdout } = spies();
    const logger = createConsoleLogger();
    logger.info('request', { attempt: 2, path: '/api/v3/tickets' });
    logger.info('bare', {});
    expect(stdout.mock.calls.map((call) => call[0])).toEqual(['[psagate] info request {"attempt":2,"path":"/api/v3/tickets"}\n', '[psagate] info bare\n']);
  });

  it('never throws on fields JSON cannot write: cycles, BigInts and errors', () => {
    const { stdout } = spies();
    const logger = createConsoleLogger();
    const cyclic: Record<string, unknown> = { name: 'loop' };
    cyclic.self = cyclic;
    expect(() => logger.info('odd fields', { cyclic, big: 10n, error: new Error('went wrong') })).not.toThrow();
    const line = String(stdout.mock.calls[0]?.[0]);
    expect(line).toContain('"self":"[Circular]"');
    expect(line).toContain('"big":"10"');
    expect(line).toContain('"message":"went wrong"');
  });

  it('does not mistake a repeated (non-cyclic) reference for a cycle', () => {
    const { stdout } = spies();
    const shared = { id: 1 };
    createConsoleLogger().info('shared', { a: shared, b: shared });
    expect(stdout.mock.calls[0]?.[0]).toBe('[psagate] info shared {"a":{"id":1},"b":{"id":1}}\n');
  });
});

describe('silentLogger', () => {
  it('writes nothing at any level', () => {
    const { lines } = spies();
    for (const level of LEVELS) silentLogger[level]('x', { a: 1 });
    expect(lines()).toEqual([]);
  });
});

describe('redactingLogger', () => {
  const KEY = 'canary-secret-7f3a9b21';

  function recording(): { logger: PsaLogger; entries: [LogLevel, string, unknown][] } {
    const entries: [LogLevel, string, unknown][] = [];
    const logger = Object.fromEntries(LEVELS.map((level) => [level, (message: string, fields?: unknown) => entries.push([level, message, fields])])) as unknown as PsaLogger;
    return { logger, entries };
  }

  it.each(LEVELS)('masks secrets in the %s message and in nested fields', (level) => {
    const redactor = new Redactor();
    redactor.add(KEY);
    const { logger, entries } = recording();
    const fields = { headers: { 'X-API-KEY': KEY }, attempts: [{ note: `sent ${KEY}` }], count: 1 };
    redactingLogger(logger, redactor)[level](`using ${KEY}`, fields);
    expect(entries).toEqual([[level, 'using [REDACTED]', { headers: { 'X-API-KEY': '[REDACTED]' }, attempts: [{ note: 'sent [REDACTED]' }], count: 1 }]]);
    expect(fields.headers['X-API-KEY']).toBe(KEY);
  });

  it('masks a token learned after the logger was wrapped', () => {
    const redactor = new Redactor();
    const { logger, entries } = recording();
    const wrapped = redactingLogger(logger, redactor);
    redactor.addRotating('fresh-access-token');
    wrapped.info('token fresh-access-token');
    expect(entries[0]?.[1]).toBe('token [REDACTED]');
  });

  it('passes no fields when given none', () => {
    const { logger, entries } = recording();
    redactingLogger(logger, new Redactor()).warn('plain');
    expect(entries).toEqual([['warn', 'plain', undefined]]);
  });

  it('keeps a secret out of the console line even inside an error object in the fields', () => {
    const { stdout, stderr } = spies();
    const redactor = new Redactor();
    redactor.add(KEY);
    const logger = redactingLogger(createConsoleLogger({ level: 'debug' }), redactor);
    const clientError = Object.assign(new Error(`401 for key ${KEY}`), { toJSON: () => ({ config: { headers: { 'X-API-KEY': KEY } } }) });
    logger.error('request failed', { error: clientError, plain: new Error(`bad ${KEY}`) });
    logger.debug('debug', { nested: { deeper: { deepest: [KEY] } } });
    const output = [...stdout.mock.calls, ...stderr.mock.calls].map((call) => String(call[0])).join('\n');
    expect(output).not.toContain(KEY);
    expect(output).toContain('[REDACTED]');
  });
});
