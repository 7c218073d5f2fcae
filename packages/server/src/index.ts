/**
 * `@psagate/server`: the psagate neutral API as a REST gateway (Hono on Node), with caller bearer
 * tokens, cursor pagination, RFC 9457 problem documents, OpenAPI 3.1, health, readiness and metrics.
 */
export { createGatewayServer } from './create-gateway-server';
export { callerTokensFromEnv, MIN_CALLER_TOKEN_LENGTH } from './caller-tokens';
export type { GatewayServer, GatewayServerOptions, RunningGatewayServer, ServerLogLevel } from './options';
export type { ProblemDocument, ProblemFieldError } from './problem';
export type { ListPage } from './list-page';
