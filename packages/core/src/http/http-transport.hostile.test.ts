import type { AxiosResponse, InternalAxiosRequestConfig } from 'axios';
import fc from 'fast-check';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { ResponseShapeError, ValidationError } from '../errors/error-types';
import { isPsaError } from '../errors/psa-error';
import { PageNumberWithTotals } from '../pagination/page-number-with-totals';
import { type PathParamKind } from './path-template';
import { API, API_KEY, createKit, failure, useMswServer } from './http-transport.test-helpers';

const server = useMswServer();

/** A transport whose HTTP adapter records the URL of every request and answers `{}`. */
function recordingKit(): { kit: ReturnType<typeof createKit>; urls: string[] } {
  const urls: string[] = [];
  const adapter = async (config: InternalAxiosRequestConfig): Promise<AxiosResponse> => {
    urls.push(String(config.url));
    return { status: 200, statusText: 'OK', headers: { 'content-type': 'application/json' }, data: '{}', config };
  };
  return { kit: createKit({ adapter }), urls };
}

const HOSTILE_SEGMENTS = ['..', '.', '../', '..%2f', '%2e%2e', '%2E%2E/', '.%2e', '..\\', 'a/../../b', '/etc/passwd', '?x=1', '#frag', '%00', ' ', '', '-1', '1e3', '0x10', 'x\ud800', '\udc00y', '😀\ud83d'];

describe('path parameters never make a different path', () => {
  it('puts any string either in exactly one encoded segment of the template, or nowhere (property)', async () => {
    const { kit, urls } = recordingKit();
    const value = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom(...HOSTILE_SEGMENTS), fc.string({ unit: fc.constantFrom('.', '/', '%', '2', 'e', '\\', '?', '#', ' '), maxLength: 8 }));
    await fc.assert(
      fc.asyncProperty(value, fc.constantFrom<PathParamKind>('string', 'integer', 'uuid'), async (raw, kind) => {
        urls.length = 0;
        let error: unknown;
        try {
          await kit.transport.request({ operation: 'things.get', method: 'GET', path: '/v1/things/{id}/notes', pathParams: { id: raw }, pathParamKinds: { id: kind } });
        } catch (caught) {
          error = caught;
        }
        if (error !== undefined) {
          expect(isPsaError(error, 'validation'), String(error)).toBe(true);
          expect(urls).toEqual([]);
          return;
        }
        expect(urls).toHaveLength(1);
        const url = new URL(urls[0] as string);
        expect(url.origin).toBe(API);
        expect(url.search).toBe('');
        const segments = url.pathname.split('/');
        expect(segments).toHaveLength(5);
        expect([segments[1], segments[2], segments[4]]).toEqual(['v1', 'things', 'notes']);
        expect(decodeURIComponent(segments[3] as string)).toBe(raw.trim());
        if (kind === 'integer') expect(raw.trim()).toMatch(/^\d+$/);
      }),
      { numRuns: 150 },
    );
  });

  it.each([
    ['a negative number', -1],
    ['a fraction', 1.5],
    ['an unsafe integer', 2 ** 53],
    ['Infinity', Number.POSITIVE_INFINITY],
  ])('refuses %s as an id before sending anything', async (_label, value) => {
    const { kit, urls } = recordingKit();
    const error = await failure(kit.transport.request({ operation: 'things.get', method: 'GET', path: '/things/{id}', pathParams: { id: value }, pathParamKinds: { id: 'integer' } }));
    expect(error).toBeInstanceOf(ValidationError);
    expect(urls).toEqual([]);
  });
});

describe('query values', () => {
  it('refuses text a URL cannot carry as it is, instead of sending another value', async () => {
    const { kit, urls } = recordingKit();
    const error = await failure(kit.transport.request({ operation: 'things.list', method: 'GET', path: '/things', query: { search: 'abc\ud800', tags: ['ok', '\udc00'] } }));
    expect(error).toMatchObject({ kind: 'validation', code: 'INVALID_QUERY_PARAMETER' });
    expect(urls).toEqual([]);
  });

  it('sends any other text, however hostile, as exactly that value (property)', async () => {
    const { kit, urls } = recordingKit();
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.constantFrom('&', '=', '#', '?', '+', '%20', '%26'), async (text, tricky) => {
        urls.length = 0;
        const value = `${text}${tricky}`;
        await kit.transport.request({ operation: 'things.list', method: 'GET', path: '/things', query: { search: value, page: 1 } });
        const url = new URL(urls[0] as string);
        expect(url.pathname).toBe('/things');
        expect(url.searchParams.getAll('search')).toEqual([value]);
        expect(url.searchParams.get('page')).toBe('1');
      }),
      { numRuns: 100 },
    );
  });
});

describe('huge bodies', () => {
  it('refuses a body over maxResponseBytes without retrying a GET, and says what to do', async () => {
    let calls = 0;
    server.use(
      http.get(`${API}/big`, () => {
        calls++;
        return HttpResponse.json({ items: 'x'.repeat(5_000) });
      }),
    );
    const { transport } = createKit({ maxResponseBytes: 1_000 });
    const error = await failure(transport.request({ operation: 'big.get', method: 'GET', path: '/big' }));
    expect(error).toBeInstanceOf(ResponseShapeError);
    expect(error).toMatchObject({ code: 'RESPONSE_TOO_LARGE', retryable: false, maybeApplied: false });
    expect((error as Error).message).toContain('acme GET /big answered with a body larger than 1000 bytes');
    expect(calls).toBe(1);
  });

  it('stops reading a streamed body without a length once it passes the cap, and says a POST may have been applied', async () => {
    server.use(
      http.post(`${API}/big`, () => {
        const chunk = new TextEncoder().encode('y'.repeat(1_000));
        return new HttpResponse(
          new ReadableStream({
            start(controller) {
              for (let index = 0; index < 50; index++) controller.enqueue(chunk);
              controller.close();
            },
          }),
        );
      }),
    );
    const { transport } = createKit({ maxResponseBytes: 10_000 });
    const error = await failure(transport.request({ operation: 'big.create', method: 'POST', path: '/big', body: {} }));
    expect(error).toMatchObject({ kind: 'response_shape', code: 'RESPONSE_TOO_LARGE', maybeApplied: true });
    expect((error as Error).message).toContain('The write may have been applied');
  });

  it('reads a body just under the cap', async () => {
    server.use(http.get(`${API}/fits`, () => HttpResponse.text(`"${'z'.repeat(900)}"`, { headers: { 'content-type': 'application/json' } })));
    const { transport } = createKit({ maxResponseBytes: 1_000 });
    const response = await transport.request({ operation: 'fits.get', method: 'GET', path: '/fits' });
    expect(response.data).toHaveLength(900);
  });
});

describe('list answers of the wrong shape', () => {
  it('names the keys it received instead of the items, with secrets masked', async () => {
    server.use(http.get(`${API}/things`, () => HttpResponse.json({ [API_KEY]: 1, data: [] })));
    const { transport } = createKit();
    const list = transport.paginate({
      strategy: new PageNumberWithTotals({ pageParam: 'page', pageSizeParam: 'size', itemsField: 'items', totalItemsField: 'total', maxPageSize: 50 }),
      request: { operation: 'things.list', method: 'GET', path: '/things' },
    });
    const error = await failure(list.toArray());
    expect(error).toMatchObject({ kind: 'response_shape', code: 'UNEXPECTED_LIST_SHAPE' });
    expect((error as Error).message).toContain('an object with keys [REDACTED], data');
    expect(JSON.stringify(error)).not.toContain(API_KEY);
  });

  it.each([
    ['items that are a string', { items: 'nope', total: 1 }],
    ['items that are an object', { items: { 0: {} }, total: 1 }],
    ['a bare number', 42],
    ['a bare string', 'hello'],
  ])('fails a walk over %s with a ResponseShapeError', async (_label, body) => {
    server.use(http.get(`${API}/things`, () => HttpResponse.json(body)));
    const { transport } = createKit();
    const list = transport.paginate({
      strategy: new PageNumberWithTotals({ pageParam: 'page', pageSizeParam: 'size', itemsField: 'items', totalItemsField: 'total', maxPageSize: 50 }),
      request: { operation: 'things.list', method: 'GET', path: '/things' },
    });
    expect(await failure(list.toArray())).toBeInstanceOf(ResponseShapeError);
  });
});
