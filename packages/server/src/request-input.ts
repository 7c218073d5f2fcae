import type { z } from 'zod';
import { HttpProblem, fieldErrorsFromZod } from './problem';

/** Filters whose value may be a list: `?status=open,pending` or `?status=open&status=pending`. */
const LIST_FILTERS = new Set(['status', 'priority', 'severity', 'kind']);
/** Query parameters of the paging itself, kept out of the filters. */
const PAGING_PARAMETERS = new Set(['limit', 'cursor']);

export interface ListParameters<Filters> {
  readonly filters: Filters;
  readonly limit: number | undefined;
  readonly cursor: string | undefined;
}

/** Reads `limit`, `cursor` and the filters of a list request, validated by the resource's query schema. */
export function parseListParameters<Schema extends z.ZodType>(url: URL, schema: Schema): ListParameters<z.output<Schema>> {
  const params = url.searchParams;
  const single = (name: string): string | undefined => {
    const values = params.getAll(name);
    if (values.length > 1) throw badQuery(`${name} is given ${values.length} times; give it once.`, name, 'must be given once');
    return values[0];
  };
  const limitText = single('limit');
  let limit: number | undefined;
  if (limitText !== undefined) {
    // Any positive integer: the list clamps it to the provider's maximum page size.
    if (!/^\d+$/.test(limitText) || !/[1-9]/.test(limitText)) throw badQuery('limit must be a positive integer (the provider maximum applies).', 'limit', 'must be a positive integer');
    limit = Math.min(Number(limitText), Number.MAX_SAFE_INTEGER);
  }
  const cursor = single('cursor');

  const raw: Record<string, unknown> = {};
  for (const name of new Set(params.keys())) {
    if (PAGING_PARAMETERS.has(name)) continue;
    if (LIST_FILTERS.has(name)) {
      const values = params.getAll(name).flatMap((value) => value.split(',')).map((value) => value.trim()).filter((value) => value !== '');
      raw[name] = values.length === 1 ? values[0] : values;
    } else {
      raw[name] = single(name);
    }
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new HttpProblem('bad-request', 'The query has invalid filters; see errors for each parameter.', {
      code: 'INVALID_QUERY',
      errors: fieldErrorsFromZod(parsed.error.issues, 'query'),
    });
  }
  return { filters: parsed.data, limit, cursor };
}

/** Reads and validates a JSON body: 415 for another content type, 413 past the limit, 400 for broken JSON, 422 for schema errors. */
export async function readJsonBody<Schema extends z.ZodType>(request: Request, schema: Schema, limitBytes: number): Promise<z.output<Schema>> {
  const contentType = request.headers.get('content-type') ?? '';
  const mediaType = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (mediaType !== 'application/json' && !/^application\/[\w.+-]+\+json$/.test(mediaType)) {
    throw new HttpProblem('unsupported-media-type', `Send the body as JSON with Content-Type: application/json${mediaType ? `, not ${mediaType}` : ''}.`, {
      code: 'UNSUPPORTED_MEDIA_TYPE',
      headers: { 'Accept-Post': 'application/json', 'Accept-Patch': 'application/json' },
    });
  }
  const text = await readText(request, limitBytes);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new HttpProblem('bad-request', 'The body is not valid JSON.', { code: 'MALFORMED_JSON' });
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new HttpProblem('unprocessable-content', 'The body does not match the schema; see errors for each field.', {
      code: 'INVALID_BODY',
      errors: fieldErrorsFromZod(parsed.error.issues, 'body'),
    });
  }
  return parsed.data;
}

async function readText(request: Request, limitBytes: number): Promise<string> {
  const tooLarge = (): HttpProblem =>
    new HttpProblem('payload-too-large', `The body is larger than ${limitBytes} bytes, the most this gateway accepts.`, { code: 'PAYLOAD_TOO_LARGE' });
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limitBytes) throw tooLarge();
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limitBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(chunks));
}

function badQuery(detail: string, parameter: string, message: string): HttpProblem {
  return new HttpProblem('bad-request', detail, { code: 'INVALID_QUERY', errors: [{ parameter, message }] });
}
