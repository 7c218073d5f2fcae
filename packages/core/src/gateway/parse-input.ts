import type { z } from 'zod';
import { ValidationError } from '../errors/error-types';
import type { PsaIssue } from '../errors/psa-error';
import { recordIdInputSchema } from '../models/common';
import { type OperationOptions, operationOptionsSchema } from '../ports/operation-options';
import { quoteValue } from '../util/quote-value';
import { describeZodIssue } from '../util/zod-issues';

export interface InputContext {
  readonly provider: string;
  /** `tickets.create` */
  readonly operation: string;
}

/** Validates caller input with zod, before anything is sent; every problem is listed by field. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, context: InputContext, what = 'input'): z.output<S> {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  const issues: PsaIssue[] = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: describeZodIssue(issue),
  }));
  const listed = issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)).join('; ');
  throw new ValidationError(`${context.provider} ${context.operation}: invalid ${what} (${listed}). Nothing was sent.`, {
    provider: context.provider,
    operation: context.operation,
    issues,
  });
}

/** Checks a neutral operation's options (see OperationOptions) before anything is sent. */
export function parseOptions(value: unknown, context: InputContext): OperationOptions {
  return parseInput(operationOptionsSchema, value, context, 'options');
}

/** Normalises a record id (string or integer) to a non-empty string, or fails naming the operation. */
export function parseId(value: unknown, context: InputContext, name = 'id'): string {
  const result = recordIdInputSchema.safeParse(value);
  if (result.success) return result.data;
  throw new ValidationError(
    `${context.provider} ${context.operation}: ${name} must be a non-empty string or a non-negative integer, got ${describe(value)}. Nothing was sent.`,
    { provider: context.provider, operation: context.operation, code: 'INVALID_ID', issues: [{ path: name, message: describeZodIssue(result.error.issues[0] as z.core.$ZodIssue) }] },
  );
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return quoteValue(value);
  if (typeof value === 'number') return String(value);
  return typeof value;
}
