import type { z } from 'zod';

type Issue = z.core.$ZodIssue;

/** A short, value-free description of one zod issue: `is required`, `expected a string or a Secret`... */
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
  return issue.message;
}
