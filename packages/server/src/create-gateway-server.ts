import type { AddressInfo } from 'node:net';
import { ConfigError } from '@psagate/core';
import { Redactor } from '@psagate/core/provider';
import { createAdaptorServer } from '@hono/node-server';
import { buildApp } from './app';
import { CallerAuth } from './caller-auth';
import { checkCallerTokens } from './caller-tokens';
import { renderDocsPage } from './docs-page';
import { RequestLogger, createDefaultLogger } from './logging';
import { GatewayMetrics } from './metrics';
import { buildOpenApiDocument } from './openapi';
import type { GatewayServer, GatewayServerOptions, RunningGatewayServer } from './options';
import { Readiness } from './readiness';
import type { RouteServices } from './route-spec';
import { alertRoutes } from './routes/alert-routes';
import { customerRoutes } from './routes/customer-routes';
import { deviceRoutes } from './routes/device-routes';
import { systemRoutes } from './routes/system-routes';
import { ticketRoutes } from './routes/ticket-routes';

const DEFAULT_PAGE_SIZE = 50;
const DEFAULT_BODY_LIMIT = 1024 * 1024;
const DEFAULT_PORT = 8080;
const DEFAULT_HOST = '127.0.0.1';

/**
 * The REST gateway over a psagate Gateway: `/v1/tickets`, `/v1/devices`, `/v1/alerts`,
 * `/v1/customers`, with caller bearer tokens, cursor pagination, RFC 9457 problems, OpenAPI 3.1 at
 * `/openapi.json`, docs at `/docs`, `/healthz`, `/readyz` and Prometheus `/metrics`.
 */
export function createGatewayServer(options: GatewayServerOptions): GatewayServer {
  const callerTokens = checkCallerTokens(options.callerTokens);
  const { gateway } = options;
  const defaultPageSize = positiveInteger(options.defaultPageSize, DEFAULT_PAGE_SIZE, 'defaultPageSize');
  const bodyLimitBytes = positiveInteger(options.bodyLimitBytes, DEFAULT_BODY_LIMIT, 'bodyLimitBytes');

  const redactor = new Redactor();
  for (const token of callerTokens) redactor.add(token);
  for (const value of options.redactValues ?? []) redactor.add(value);

  const logger = options.logger ?? createDefaultLogger(options.logLevel ?? 'info');
  const log = new RequestLogger(logger, redactor);
  const metrics = new GatewayMetrics({ processMetrics: options.processMetrics });
  const readiness = new Readiness(gateway, {
    ttlMs: positiveInteger(options.readinessTtlMs, 30_000, 'readinessTtlMs'),
    timeoutMs: positiveInteger(options.readinessTimeoutMs, 5_000, 'readinessTimeoutMs'),
  });
  // The gateway usually outlives the server: its event subscriptions end when the server closes.
  let stopObserving: (() => void) | undefined;
  const observe = (): void => {
    if (stopObserving) return;
    const stops = [metrics.observe(gateway), readiness.observe()];
    stopObserving = () => stops.forEach((stop) => stop());
  };
  const stopObservingGateway = (): void => {
    stopObserving?.();
    stopObserving = undefined;
  };
  observe();
  const running = new Set<RunningGatewayServer>();

  const routes = [...ticketRoutes, ...deviceRoutes, ...alertRoutes, ...customerRoutes, ...systemRoutes({ publicMetrics: options.publicMetrics ?? false })];
  let openApi: object | undefined;
  let docs: string | undefined;
  const services: RouteServices = {
    gateway,
    metrics,
    readiness,
    defaultPageSize,
    bodyLimitBytes,
    openApi: () => (openApi ??= buildOpenApiDocument(routes, gateway)),
    docsPage: () => (docs ??= renderDocsPage(services.openApi() as Record<string, unknown>)),
  };
  const app = buildApp({ routes, services, callerAuth: new CallerAuth(callerTokens), log, redactor });
  const fetch = async (request: Request): Promise<Response> => app.fetch(request);

  return {
    fetch,
    async listen(listenOptions = {}): Promise<RunningGatewayServer> {
      observe();
      const host = listenOptions.host ?? DEFAULT_HOST;
      const port = listenOptions.port ?? DEFAULT_PORT;
      const server = createAdaptorServer({ fetch, hostname: host });
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          resolve();
        });
      });
      const address = server.address() as AddressInfo;
      const url = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
      log.info('psagate gateway listening', { url, provider: gateway.provider });
      let closing: Promise<void> | undefined;
      const listening: RunningGatewayServer = {
        url,
        close: () =>
          (closing ??= new Promise<void>((resolve, reject) => {
            running.delete(listening);
            if (running.size === 0) stopObservingGateway();
            server.close((error) => (error ? reject(error) : resolve()));
            if ('closeIdleConnections' in server) server.closeIdleConnections();
          })),
      };
      running.add(listening);
      return listening;
    },
    async close(): Promise<void> {
      stopObservingGateway();
      await Promise.all([...running].map((listening) => listening.close()));
    },
  };
}

function positiveInteger(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1) throw new ConfigError(`${name} must be a positive integer, got ${String(value)}.`, { code: 'INVALID_SERVER_OPTION' });
  return value;
}
