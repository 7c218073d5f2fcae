import type { SandboxOperationRequest } from '../operation-handler';

/** An integer path parameter (the HTTP layer has checked its shape). */
export function pathId(request: SandboxOperationRequest, name: string): number {
  return Number(request.pathParams[name]);
}

export function pathText(request: SandboxOperationRequest, name: string): string {
  return request.pathParams[name] ?? '';
}

/** A query parameter, or undefined when absent or empty. */
export function queryText(request: SandboxOperationRequest, name: string): string | undefined {
  const value = request.query.get(name);
  return value === null || value.trim() === '' ? undefined : value.trim();
}

/** A query parameter compared without case (`customerId` and `CustomerId` alike, as ASP.NET binds them). */
export function queryValue(request: SandboxOperationRequest, name: string): string | undefined {
  const direct = queryText(request, name);
  if (direct !== undefined) return direct;
  const wanted = name.toLowerCase();
  for (const [key, value] of request.query) if (key.toLowerCase() === wanted && value.trim() !== '') return value.trim();
  return undefined;
}

export type QueryParse<T> = { readonly ok: true; readonly value: T | undefined } | { readonly ok: false; readonly message: string };

export function queryInteger(request: SandboxOperationRequest, name: string): QueryParse<number> {
  const raw = queryValue(request, name);
  if (raw === undefined) return { ok: true, value: undefined };
  return /^\d{1,15}$/.test(raw) ? { ok: true, value: Number(raw) } : { ok: false, message: `Query parameter ${name} must be an integer, got "${raw}".` };
}

export function queryDate(request: SandboxOperationRequest, name: string): QueryParse<number> {
  const raw = queryValue(request, name);
  if (raw === undefined) return { ok: true, value: undefined };
  const ms = Date.parse(raw);
  return Number.isNaN(ms) ? { ok: false, message: `Query parameter ${name} must be a date such as 2026-01-31 or 2026-01-31T09:00:00Z, got "${raw}".` } : { ok: true, value: ms };
}

export function queryBoolean(request: SandboxOperationRequest, name: string): QueryParse<boolean> {
  const raw = queryValue(request, name)?.toLowerCase();
  if (raw === undefined) return { ok: true, value: undefined };
  if (raw === 'true' || raw === 'false') return { ok: true, value: raw === 'true' };
  return { ok: false, message: `Query parameter ${name} must be true or false, got "${raw}".` };
}

/** One of a fixed set of values, matched without case; returns the canonical spelling. */
export function queryChoice<const T extends string>(request: SandboxOperationRequest, name: string, choices: readonly T[]): QueryParse<T> {
  const raw = queryValue(request, name);
  if (raw === undefined) return { ok: true, value: undefined };
  const match = choices.find((choice) => choice.toLowerCase() === raw.toLowerCase());
  return match === undefined ? { ok: false, message: `Query parameter ${name} must be one of ${choices.join(', ')}, got "${raw}".` } : { ok: true, value: match };
}
