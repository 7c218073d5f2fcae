import type { z } from 'zod';

type Issue = z.core.$ZodIssue;

/** zod's own wording ("Too small: expected number to be >0"), replaced by what to give instead; custom messages are kept. */
const DEFAULT_MESSAGE = /^(Too small|Too big|Invalid option|Invalid input|Invalid key|Invalid element)\b/;

/** A short, value-free description of one zod issue that says what to give instead: `is required`, `must be at least 1`... */
export function describeZodIssue(issue: Issue): string {
  if (issue.code === 'invalid_type' && issue.message.endsWith('received undefined')) return 'is required';
  if (issue.code === 'unrecognized_keys') {
    return `unknown setting${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}; check the spelling`;
  }
  if (issue.code === 'invalid_union') {
    const branches = issue.errors.map((branch) => branch[0]).filter((first): first is Issue => first !== undefined);
    if (branches.length > 0 && branches.every((branch) => describeZodIssue(branch) === 'is required')) return 'is required';
    const expected = branches.flatMap((branch) => (branch.code === 'invalid_type' ? [branch.expected] : []));
    if (expected.length === branches.length && expected.length > 0) return `expected ${[...new Set(expected)].join(' or ')}`;
    // A union whose branches failed on their own checks: report the first branch's finding.
    if (branches[0]) return describeZodIssue(branches[0]);
  }
  if (DEFAULT_MESSAGE.test(issue.message)) return plainWording(issue) ?? issue.message;
  return issue.message;
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  int: 'a whole number',
  number: 'a number',
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  date: 'a date',
  bigint: 'a whole number',
};

function plainWording(issue: Issue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return `must be ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return issue.values.length === 1 ? `must be ${show(issue.values[0])}` : `must be one of ${issue.values.map(show).join(', ')}`;
    case 'too_small':
      return bound(issue.origin, 'at least', 'more than', issue.minimum, issue.inclusive ?? true);
    case 'too_big':
      return bound(issue.origin, 'at most', 'less than', issue.maximum, issue.inclusive ?? true);
    case 'invalid_key':
      return 'has a key that is not allowed here (keys must be non-empty names)';
    default:
      return undefined;
  }
}

function bound(origin: string, inclusiveWord: string, exclusiveWord: string, limit: number | bigint, inclusive: boolean): string {
  const count = Number(limit);
  if (origin === 'string') {
    if (count === 1 && inclusive && inclusiveWord === 'at least') return 'must not be empty';
    return `must be ${inclusive ? inclusiveWord : exclusiveWord} ${count} character${count === 1 ? '' : 's'} long`;
  }
  if (origin === 'array' || origin === 'set') return `must list ${inclusive ? inclusiveWord : exclusiveWord} ${count} item${count === 1 ? '' : 's'}`;
  // "more than 0" for a whole number reads better as "at least 1".
  if (!inclusive && inclusiveWord === 'at least' && Number.isInteger(count)) return `must be at least ${count + 1}`;
  return `must be ${inclusive ? inclusiveWord : exclusiveWord} ${count}`;
}

function show(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : String(value);
}
