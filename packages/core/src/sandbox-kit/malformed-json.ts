import { isNullBodyStatus, JSON_CONTENT_TYPE } from './json-response';

/**
 * The same answer with its JSON cut in half, as a proxy that drops the end of a body produces: the
 * status and headers say JSON, the body does not parse. A bodiless answer becomes a 200 with a
 * truncated JSON object.
 */
export async function truncateJsonBody(response: Response): Promise<Response> {
  const text = isNullBodyStatus(response.status) ? '' : await response.text();
  const whole = text.length >= 2 ? text : '{"Message":"truncated"}';
  const headers = new Headers(response.headers);
  headers.delete('Content-Length');
  headers.set('Content-Type', JSON_CONTENT_TYPE);
  return new Response(whole.slice(0, Math.max(1, Math.floor(whole.length / 2))), {
    status: isNullBodyStatus(response.status) ? 200 : response.status,
    headers,
  });
}
