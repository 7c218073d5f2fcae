export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

/** A JSON response as PSA APIs send them: `Content-Type: application/json; charset=utf-8`. */
export function jsonResponse(body: unknown, status = 200, headers?: Readonly<Record<string, string>>): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...headers, 'Content-Type': JSON_CONTENT_TYPE } });
}

const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

/** A response whose status must not carry a body (204, 205, 304). */
export function isNullBodyStatus(status: number): boolean {
  return NULL_BODY_STATUSES.has(status);
}
