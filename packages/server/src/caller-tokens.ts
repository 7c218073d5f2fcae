import { ConfigError } from '@psagate/core';

/** Shorter tokens can be guessed; `openssl rand -hex 32` makes a good one. */
export const MIN_CALLER_TOKEN_LENGTH = 16;

const GENERATE_HINT = 'Generate one with `openssl rand -hex 32`.';

/**
 * Checks the caller tokens the server accepts: at least one, each long enough, none with spaces
 * or control characters. Throws a ConfigError that says how to fix it (never echoing a token).
 */
export function checkCallerTokens(tokens: readonly string[], source = 'callerTokens'): string[] {
  if (!Array.isArray(tokens) || tokens.length === 0) {
    throw new ConfigError(`${source} is empty: the gateway needs at least one bearer token for its callers. ${GENERATE_HINT}`, {
      code: 'MISSING_CALLER_TOKENS',
    });
  }
  const problems: string[] = [];
  tokens.forEach((token, index) => {
    if (typeof token !== 'string') problems.push(`token ${index + 1} is not a string`);
    else if (token.length < MIN_CALLER_TOKEN_LENGTH) problems.push(`token ${index + 1} is ${token.length} characters; use at least ${MIN_CALLER_TOKEN_LENGTH}`);
    else if (!/^[\x21-\x7e]+$/.test(token)) problems.push(`token ${index + 1} has spaces or characters that cannot travel in an Authorization header`);
  });
  if (problems.length > 0) {
    throw new ConfigError(`${source} is not usable: ${problems.join('; ')}. ${GENERATE_HINT}`, { code: 'INVALID_CALLER_TOKENS' });
  }
  return [...tokens];
}

/** Reads `PSAGATE_SERVER_TOKENS` (comma-separated, so tokens can be rotated without downtime). */
export function callerTokensFromEnv(env: Record<string, string | undefined>): string[] {
  const tokens = (env.PSAGATE_SERVER_TOKENS ?? '')
    .split(',')
    .map((token) => token.trim())
    .filter((token) => token !== '');
  if (tokens.length === 0) {
    throw new ConfigError(
      `Set PSAGATE_SERVER_TOKENS to the bearer token(s) callers must present, comma-separated. ${GENERATE_HINT}`,
      { code: 'MISSING_CALLER_TOKENS' },
    );
  }
  return checkCallerTokens(tokens, 'PSAGATE_SERVER_TOKENS');
}
