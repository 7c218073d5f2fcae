import { jsonResponse } from '@psagate/core/sandbox-kit';

/** An error as Helpdesk sends it: the status and `{ error: { code, message, details? } }`. */
export function helpdeskErrorResponse(
  status: number,
  code: string,
  message: string,
  options: { readonly details?: readonly unknown[] | undefined; readonly headers?: Readonly<Record<string, string>> | undefined } = {},
): Response {
  return jsonResponse({ error: { code, message, ...(options.details ? { details: options.details } : {}) } }, status, options.headers);
}
