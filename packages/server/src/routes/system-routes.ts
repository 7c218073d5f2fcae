import { HttpProblem } from '../problem';
import { type RouteSpec, json } from '../route-spec';

const tag = 'Operations';

/** Health, readiness, metrics and the API description. */
export function systemRoutes(options: { readonly publicMetrics: boolean }): RouteSpec[] {
  return [
    {
      method: 'get',
      path: '/healthz',
      operationId: 'getHealth',
      summary: 'Liveness',
      description: 'Answers 200 while the process serves requests. Does not call the PSA.',
      tag,
      auth: false,
      response: { status: 200, description: 'The server is alive.' },
      handle: async () => json({ status: 'ok' }),
    },
    {
      method: 'get',
      path: '/readyz',
      operationId: 'getReadiness',
      summary: 'Readiness',
      description: 'Answers 200 when the PSA answered recently (or answers a cheap probe now), 503 otherwise. Says nothing about why.',
      tag,
      auth: false,
      response: { status: 200, description: 'The PSA can be reached.' },
      problems: [503],
      handle: async (_input, { readiness }) => {
        if (await readiness.isReady()) return json({ status: 'ready' });
        throw new HttpProblem('unavailable', 'The gateway cannot reach its PSA right now.', { code: 'NOT_READY', headers: { 'Retry-After': '5' } });
      },
    },
    {
      method: 'get',
      path: '/metrics',
      operationId: 'getMetrics',
      summary: 'Prometheus metrics',
      description: options.publicMetrics
        ? 'Prometheus text exposition. Served without caller auth on this server (publicMetrics).'
        : 'Prometheus text exposition. Needs a caller token, like the API (set publicMetrics to open it to scrapers).',
      tag,
      auth: !options.publicMetrics,
      response: { status: 200, description: 'Metrics in the Prometheus text format.', contentType: 'text/plain' },
      handle: async (_input, { metrics }) =>
        new Response(await metrics.text(), { status: 200, headers: { 'Content-Type': metrics.contentType } }),
    },
    {
      method: 'get',
      path: '/openapi.json',
      operationId: 'getOpenApiDocument',
      summary: 'OpenAPI 3.1 document',
      tag,
      auth: false,
      response: { status: 200, description: 'This API, described in OpenAPI 3.1.' },
      handle: async (_input, { openApi }) => json(openApi()),
    },
    {
      method: 'get',
      path: '/docs',
      operationId: 'getDocs',
      summary: 'API documentation page',
      description: 'A self-contained HTML page rendered from the OpenAPI document (no scripts, works offline).',
      tag,
      auth: false,
      response: { status: 200, description: 'HTML documentation.', contentType: 'text/html' },
      handle: async (_input, { docsPage }) =>
        new Response(docsPage(), {
          status: 200,
          headers: {
            'Content-Type': 'text/html; charset=utf-8',
            'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
          },
        }),
    },
  ];
}
