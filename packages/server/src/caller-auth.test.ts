import { ConfigError } from '@psagate/core';
import { describe, expect, it } from 'vitest';
import { CallerAuth } from './caller-auth';
import { callerTokensFromEnv, checkCallerTokens } from './caller-tokens';

const first = 'first-caller-token-0123456789';
const second = 'second-caller-token-abcdefghij';

describe('CallerAuth', () => {
  const auth = new CallerAuth([first, second]);

  it('accepts any configured token, with the scheme in any case', () => {
    expect(auth.accepts(`Bearer ${first}`)).toBe(true);
    expect(auth.accepts(`bearer ${second}`)).toBe(true);
  });

  it('rejects a missing, wrong, truncated or extended token', () => {
    for (const header of [undefined, null, '', `Bearer ${first.slice(0, -1)}`, `Bearer ${first}0`, `Basic ${first}`, first, 'Bearer ']) {
      expect(auth.accepts(header), String(header)).toBe(false);
    }
  });

  it('throws a 401 problem with WWW-Authenticate that never repeats the token', () => {
    try {
      auth.require(`Bearer not-the-token-${first}`);
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ kind: 'unauthorized', code: 'INVALID_CALLER_TOKEN', headers: { 'WWW-Authenticate': expect.stringContaining('Bearer') } });
      expect(JSON.stringify(error) + String(error)).not.toContain(first);
    }
  });
});

describe('caller tokens from config', () => {
  it('reads comma-separated tokens from PSAGATE_SERVER_TOKENS, trimming blanks', () => {
    expect(callerTokensFromEnv({ PSAGATE_SERVER_TOKENS: ` ${first} ,, ${second} ` })).toEqual([first, second]);
  });

  it('asks for PSAGATE_SERVER_TOKENS and says how to make a token when it is missing', () => {
    for (const env of [{}, { PSAGATE_SERVER_TOKENS: ' , ' }]) {
      expect(() => callerTokensFromEnv(env)).toThrow(ConfigError);
      expect(() => callerTokensFromEnv(env)).toThrow(/Set PSAGATE_SERVER_TOKENS.*openssl rand -hex 32/);
    }
  });

  it('rejects short tokens without echoing them', () => {
    try {
      callerTokensFromEnv({ PSAGATE_SERVER_TOKENS: `${first},hunter2` });
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).toContain('token 2 is 7 characters; use at least 16');
      expect((error as Error).message).not.toContain('hunter2');
    }
  });

  it('rejects an empty list and tokens with spaces', () => {
    expect(() => checkCallerTokens([])).toThrow(/needs at least one bearer token/);
    expect(() => checkCallerTokens(['a token with spaces in it'])).toThrow(/spaces/);
  });
});
