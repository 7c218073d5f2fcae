import { ValidationError } from '@psagate/core';

const FIELD_PATH = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
const MAX_FIELD_PATH_LENGTH = 200;

/**
 * Checks a field path (`ComputerName`, `Client.Id`): identifiers joined by dots, nothing else. A path
 * is written into the condition as is, so anything else (spaces, quotes, parentheses) is refused.
 */
export function checkFieldPath(path: unknown, what = 'field path'): string {
  if (typeof path !== 'string' || path.length > MAX_FIELD_PATH_LENGTH || !FIELD_PATH.test(path)) {
    const shown = typeof path === 'string' ? JSON.stringify(path.length > 40 ? `${path.slice(0, 40)}…` : path) : typeof path;
    throw new ValidationError(
      `Automate ${what} ${shown} is not valid: use property names made of letters, digits and underscores, joined by dots for nested properties (ComputerName, Client.Id).`,
      { provider: 'automate', code: 'INVALID_FIELD_PATH' },
    );
  }
  return path;
}
