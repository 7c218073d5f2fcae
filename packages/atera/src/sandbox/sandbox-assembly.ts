import {
  FaultPlan,
  type InjectFaultOptions,
  Latency,
  type LoopbackOptions,
  type LoopbackServer,
  mswHandlersFor,
  nowOf,
  RequestRecorder,
  type SandboxAnswer,
  type SandboxCommonOptions,
  type SandboxFaultKind,
  type SandboxStats,
  serveOnLoopback,
  SlidingWindowCounter,
  sleepOf,
} from '@psagate/core/sandbox-kit';
import { ConfigError } from '@psagate/core';
import type { HttpHandler } from 'msw';
import { detectAteraKeyStyle } from '../auth/atera-auth';
import { ATERA_BASE_URL, ATERA_DEFAULT_REQUESTS_PER_MINUTE } from '../config';
import type { AteraOperationId } from '../generated/operations';
import { createAteraHttpLayer, type StateOperationHandlers } from './atera-http-layer';
import type { TotalsField } from './paging';
import { sandboxApiKey, sandboxLegacyApiKey } from './sandbox-keys';
import type { AteraSandboxRequest } from './sandbox-request-log';

/** Everything but the data: how the sandbox talks HTTP. */
export interface AteraSandboxHttpOptions extends SandboxCommonOptions {
  /** Seeds the data, the default keys, latency draws and (unless `faults.seed` is set) random faults. Default 1. */
  readonly seed?: number | undefined;
  /** A JWT-shaped key, accepted as `Authorization: Bearer`. Default: derived from the seed. */
  readonly apiKey?: string | undefined;
  /** A short legacy key, accepted as `X-API-KEY`. Default: derived from the seed. */
  readonly legacyApiKey?: string | undefined;
  /** The origin the msw `handlers` serve. Default `https://app.atera.com`. */
  readonly baseUrl?: string | undefined;
  /** Name of the total in list envelopes; `totalItems` mimics older deployments. Default `totalItemCount`. */
  readonly totalsField?: TotalsField | undefined;
}

export interface AteraSandboxInjectOptions extends Omit<InjectFaultOptions, 'route'> {
  /** Only this operation (`tickets.create`); any when omitted. */
  readonly route?: AteraOperationId | undefined;
}

/** What a client needs to reach the sandbox through the gateway. */
export interface AteraSandboxGatewayConfig {
  readonly provider: 'atera';
  readonly apiKey: string;
  readonly baseUrl: string;
}

/** A running Atera simulator holding `State`. */
export interface AteraSandboxOf<State> {
  readonly state: State;
  readonly apiKey: string;
  readonly legacyApiKey: string;
  /** The origin `handlers` serve. */
  readonly baseUrl: string;
  /** msw handlers serving `baseUrl`. */
  readonly handlers: HttpHandler[];
  /** Answers one request, whatever carried it: a response, or a dropped connection. */
  handle(request: Request): Promise<SandboxAnswer>;
  /** Serves the sandbox on a real loopback HTTP server. */
  listen(options?: LoopbackOptions): Promise<LoopbackServer>;
  /** Requests in arrival order (empty with `recordRequests: false`). */
  readonly requests: readonly AteraSandboxRequest[];
  /** Requests that reached the sandbox, answered or not. */
  requestCount(): number;
  stats(): SandboxStats;
  /** Makes the next `count` (default 1) requests of `route` (default any) fail with `kind`. */
  injectFault(kind: SandboxFaultKind, options?: AteraSandboxInjectOptions): void;
  /** Config for `createGateway`: the bearer key and `url` (default `baseUrl`). */
  gatewayConfig(url?: string): AteraSandboxGatewayConfig;
}

const MINUTE_MS = 60_000;

/** Builds the HTTP side of a sandbox around a state and its operation handlers. */
export function assembleAteraSandbox<State>(options: AteraSandboxHttpOptions, state: State, handlers: StateOperationHandlers<State>): AteraSandboxOf<State> {
  const seed = options.seed ?? 1;
  const apiKey = options.apiKey ?? sandboxApiKey(seed);
  const legacyApiKey = options.legacyApiKey ?? sandboxLegacyApiKey(seed);
  checkKeys(apiKey, legacyApiKey);
  const baseUrl = (options.baseUrl ?? ATERA_BASE_URL).replace(/\/+$/, '');
  const now = nowOf(options.clock);
  const counter =
    options.rateLimit === false
      ? undefined
      : new SlidingWindowCounter({
          limit: options.rateLimit?.requestsPerMinute ?? ATERA_DEFAULT_REQUESTS_PER_MINUTE,
          windowMs: options.rateLimit?.windowMs ?? MINUTE_MS,
          now,
        });
  const faults = new FaultPlan({ ...options.faults, seed: options.faults?.seed ?? seed });
  const latency = new Latency(options.latencyMs, { sleep: sleepOf(options.clock), seed });
  const recorder = new RequestRecorder<AteraSandboxRequest>({ record: options.recordRequests ?? true });
  const handle = createAteraHttpLayer({
    state,
    handlers,
    keys: { apiKey, legacyApiKey },
    totalsField: options.totalsField ?? 'totalItemCount',
    rateLimit: counter,
    faults,
    latency,
    recorder,
  });

  let handlerList: HttpHandler[] | undefined;
  return {
    state,
    apiKey,
    legacyApiKey,
    baseUrl,
    get handlers() {
      handlerList ??= mswHandlersFor(baseUrl, handle);
      return handlerList;
    },
    handle,
    listen: (listenOptions) => serveOnLoopback(handle, listenOptions),
    get requests() {
      return recorder.entries;
    },
    requestCount: () => recorder.requestCount,
    stats: () => recorder.stats(),
    injectFault: (kind, injectOptions = {}) => faults.inject(kind, injectOptions),
    gatewayConfig: (url = baseUrl) => ({ provider: 'atera', apiKey, baseUrl: url }),
  };
}

function checkKeys(apiKey: string, legacyApiKey: string): void {
  if (apiKey.trim() === '' || detectAteraKeyStyle(apiKey) !== 'bearer') {
    throw new ConfigError(
      'The sandbox apiKey must look like an Atera JWT key (three base64url parts, over 60 characters); put a short key in legacyApiKey instead.',
      { provider: 'atera', code: 'INVALID_SANDBOX_KEY' },
    );
  }
  if (legacyApiKey.trim() === '' || detectAteraKeyStyle(legacyApiKey) !== 'x-api-key') {
    throw new ConfigError('The sandbox legacyApiKey must be a short key (not JWT-shaped), sent as X-API-KEY; put a JWT key in apiKey instead.', {
      provider: 'atera',
      code: 'INVALID_SANDBOX_KEY',
    });
  }
}
