import type { z } from 'zod';
import { ConfigError } from '../errors/error-types';
import type { PsaIssue } from '../errors/psa-error';
import { describeZodIssue } from '../util/zod-issues';

/**
 * One ConfigError listing every problem of a config at once, each with the setting's path (and the
 * environment variable that feeds it, when known). Values are never repeated: they may be secrets.
 */
export function configErrorFromIssues(
  provider: string,
  issues: readonly (z.core.$ZodIssue | PsaIssue)[],
  sources: Readonly<Record<string, string>> = {},
): ConfigError {
  const normalised: PsaIssue[] = issues.map((issue) => {
    const path = typeof issue.path === 'string' ? issue.path : issue.path.map(String).join('.');
    return { path, message: describeIssue(issue) };
  });
  const lines = normalised.map(({ path, message }) => {
    const source = sources[path];
    const where = path ? `${path}${source ? ` (${source})` : ''}` : '(config)';
    return `  - ${where}: ${message}`;
  });
  const count = normalised.length === 1 ? '1 problem' : `${normalised.length} problems`;
  return new ConfigError(`Invalid configuration for provider "${provider}" (${count}):\n${lines.join('\n')}`, {
    provider,
    issues: normalised,
  });
}

function describeIssue(issue: z.core.$ZodIssue | PsaIssue): string {
  return 'code' in issue ? describeZodIssue(issue) : issue.message;
}
