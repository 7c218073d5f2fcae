import { jsonResponse } from '@psagate/core/sandbox-kit';

/** An error as Atera sends it: the status and `{"Message": ...}`. */
export function ateraErrorResponse(status: number, message: string, headers?: Readonly<Record<string, string>>): Response {
  return jsonResponse({ Message: message }, status, headers);
}
