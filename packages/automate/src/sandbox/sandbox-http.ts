import { isNullBodyStatus, jsonResponse } from '@psagate/core/sandbox-kit';

/** Response and record helpers of the sandbox, in Automate's conventions. */

const ID_KEYS = new Set(['Id', 'ClientId', 'ComputerId', 'LocationId', 'ScriptId', 'ContactId', 'UserId', 'TicketId', 'AlertId']);

export function find(records: readonly Record<string, unknown>[], idField: string, id: string | undefined): Record<string, unknown> | undefined {
  return id === undefined ? undefined : records.find((record) => String(record[idField]) === id);
}

export function answer(result: { status: number; body: unknown }): Response {
  return jsonResponse(result.body, result.status);
}

export function failure(status: number, code: string, message: string, errors?: readonly { field?: string; message: string }[], headers?: Readonly<Record<string, string>>): Response {
  return jsonResponse({ code, message, ...(errors ? { errors } : {}) }, status, headers);
}

export function notFound(kind: string, id: string | undefined): Response {
  return failure(404, 'NotFound', `${kind} ${String(id)} was not found.`);
}

export function withHeaders(response: Response, headers: Readonly<Record<string, string>>): Response {
  if (Object.keys(headers).length === 0 || isNullBodyStatus(response.status)) return response;
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export function asObject(body: unknown): Record<string, unknown> {
  return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
}

export function lowerKeyed(value: unknown): Record<string, unknown> {
  return Object.fromEntries(Object.entries(asObject(value)).map(([key, entry]) => [key.toLowerCase(), entry]));
}

export function stringIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stringIds);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([key, entry]) => [key, ID_KEYS.has(key) && typeof entry === 'number' ? String(entry) : stringIds(entry)]),
  );
}
