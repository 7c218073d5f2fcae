import type { Gateway } from '@psagate/core';
import type { Logger } from 'pino';

export type ServerLogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface GatewayServerOptions {
  /** Built by the caller from config (`createGateway` / `createGatewayFromEnv`). The server never sees the PSA credentials. */
  readonly gateway: Gateway;
  /** Bearer tokens callers must present; at least one, each 16 characters or more. */
  readonly callerTokens: readonly string[];
  /** Default: pino to stderr at `logLevel`, with secrets redacted. */
  readonly logger?: Logger | undefined;
  /** Level of the default logger. Default `info`. */
  readonly logLevel?: ServerLogLevel | undefined;
  /** Items per list page when the caller gives no `limit`. Default 50 (clamped to the provider's maximum). */
  readonly defaultPageSize?: number | undefined;
  /** Largest request body accepted, in bytes. Default 1 MiB. */
  readonly bodyLimitBytes?: number | undefined;
  /** Serve `/metrics` without caller auth (for scrapers that cannot send a bearer token). Default false. */
  readonly publicMetrics?: boolean | undefined;
  /** Collect Node process metrics (CPU, memory, event loop) in `/metrics`. Default true. */
  readonly processMetrics?: boolean | undefined;
  /** How long a successful PSA answer keeps `/readyz` green without a new probe. Default 30 s. */
  readonly readinessTtlMs?: number | undefined;
  /** Longest a readiness probe may take before `/readyz` answers 503. Default 5 s. */
  readonly readinessTimeoutMs?: number | undefined;
  /** More values to mask in logs and responses (the PSA API key, say, when the caller has it at hand). */
  readonly redactValues?: readonly (string | undefined)[] | undefined;
}

export interface GatewayServer {
  /** Web-standard handler, for tests and embedding (Hono's app.fetch). */
  fetch(request: Request): Promise<Response>;
  /** Serves on host (default 127.0.0.1) and port (default 8080; 0 = any free port). */
  listen(options?: { readonly port?: number; readonly host?: string }): Promise<RunningGatewayServer>;
  /**
   * Stops every listener and releases what the server holds on the gateway (its event
   * subscriptions). Not needed after closing the last listener, which releases them too; the
   * gateway itself stays open (close it with `gateway.close()`).
   */
  close(): Promise<void>;
}

export interface RunningGatewayServer {
  /** Base URL, e.g. `http://127.0.0.1:8080`. */
  readonly url: string;
  /** Stops listening; closing the server's last listener also ends its subscriptions to the gateway. */
  close(): Promise<void>;
}
