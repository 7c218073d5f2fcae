import {
  FaultPlan,
  type InjectFaultOptions,
  Latency,
  type LoopbackOptions,
  type LoopbackServer,
  RequestRecorder,
  type SandboxAnswer,
  type SandboxCommonOptions,
  type SandboxFaultKind,
  type SandboxHandler,
  type SandboxStats,
  SlidingWindowCounter,
  answerWithFault,
  mulberry32,
  isWriteMethod,
  jsonResponse,
  mswHandlersFor,
  nowOf,
  retryAfterHeader,
  serveOnLoopback,
  sleepOf,
} from '@psagate/core/sandbox-kit';
import type { HttpHandler } from 'msw';
import { ErrorStyleRotation, type HaloErrorStyle, haloError } from './error-bodies';
import { HaloApi } from './halo-api';
import { type HaloSandboxState, SANDBOX_TICKET_TYPE } from './sandbox-records';
import { type HaloSandboxSizes, seedState } from './seed-state';
import { TokenIssuer } from './token-issuer';

export interface HaloSandboxOptions extends SandboxCommonOptions {
  /** Where the msw handlers answer. Default `https://sandbox.halopsa.test`. */
  readonly baseUrl?: string | undefined;
  readonly clientId?: string | undefined;
  readonly clientSecret?: string | undefined;
  /** Makes the sandbox a hosted instance: token requests must name this tenant. */
  readonly tenant?: string | undefined;
  /** Lifetime of issued tokens (`expires_in`). Default 3,600 s. */
  readonly tokenLifetimeSeconds?: number | undefined;
  /** Record counts of the seeded data. */
  readonly size?: HaloSandboxSizes | undefined;
  /** Seed of the generated data. Default 1. */
  readonly seed?: number | undefined;
  /** Reference lists as `{ record_count, <key>: [...] }` instead of bare arrays (both occur). Default false. */
  readonly lookupsWrapped?: boolean | undefined;
  /** Serve pages of this size whatever `page_size` asks, as Halo does on some lists. */
  readonly servedPageSize?: number | undefined;
  /** One error body shape for every error, instead of taking Halo's shapes in turn. */
  readonly errorStyle?: HaloErrorStyle | undefined;
}

/** One request as the sandbox saw it. */
export interface HaloSandboxRequest {
  readonly method: string;
  /** Path and query, e.g. `/api/Tickets?pageinate=true&page_no=2`. */
  readonly url: string;
  readonly route: string;
}

export interface HaloSandbox {
  readonly baseUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly tenant: string | undefined;
  /** The ticket type the seeded alerts have (set it as `alertTicketTypeId`). */
  readonly alertTicketTypeId: number;
  /** msw handlers serving the sandbox at `baseUrl`. */
  readonly handlers: HttpHandler[];
  /** The sandbox as a fetch-style handler, for servers of your own. */
  readonly handle: SandboxHandler;
  /** The data, to read or change in tests. */
  readonly state: HaloSandboxState;
  /** Serves the sandbox on a loopback HTTP server. */
  listen(options?: LoopbackOptions): Promise<LoopbackServer>;
  /** Requests that reached the sandbox (token and authinfo calls included). */
  requestCount(): number;
  /** Tokens issued so far. */
  tokenRequestCount(): number;
  /** Recorded requests, in order. */
  readonly requests: readonly HaloSandboxRequest[];
  stats(): SandboxStats;
  /** Makes the next matching API requests fail with `kind`. `route` is an operation id such as `tickets.list`. */
  injectFault(kind: SandboxFaultKind, options?: InjectFaultOptions): void;
  /** Expires every issued token now. */
  expireTokens(): void;
  /** A full gateway config for this sandbox at `url` (default `baseUrl`), with valid credentials. */
  gatewayConfig(url?: string): HaloSandboxGatewayConfig;
}

export interface HaloSandboxGatewayConfig {
  readonly provider: 'halopsa';
  readonly baseUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly tenant?: string;
  readonly alertTicketTypeId: number;
}

/**
 * An in-memory HaloPSA: `/api/authinfo` and `/auth/token` (client credentials, expiring tokens,
 * tenants), tickets, actions, clients, sites, users, assets, contracts and reference lists with
 * Halo's shapes, `pageinate` paging and filters, Halo's varied error bodies, a rate limit, latency
 * and fault injection. Served as msw handlers or on a loopback port.
 */
export function createHaloSandbox(options: HaloSandboxOptions = {}): HaloSandbox {
  const baseUrl = (options.baseUrl ?? 'https://sandbox.halopsa.test').replace(/\/+$/, '');
  const basePath = new URL(baseUrl).pathname.replace(/\/+$/, '');
  const clientId = options.clientId ?? 'psagate-sandbox-client';
  const clientSecret = options.clientSecret ?? 'halo-sandbox-secret-6f1d2c9b8a7e';
  const now = nowOf(options.clock);
  const state = seedState(options.size, options.seed ?? 1);
  const recorder = new RequestRecorder<HaloSandboxRequest>({ record: options.recordRequests });
  const latency = new Latency(options.latencyMs, { sleep: sleepOf(options.clock), seed: options.seed });
  const faults = new FaultPlan(options.faults);
  const errors = new ErrorStyleRotation(options.errorStyle);
  const tokens = new TokenIssuer({ clientId, clientSecret, tenant: options.tenant, lifetimeSeconds: options.tokenLifetimeSeconds ?? 3_600, now, random: mulberry32((options.seed ?? 1) + 7) });
  const rate =
    options.rateLimit === false
      ? undefined
      : new SlidingWindowCounter({ limit: options.rateLimit?.requestsPerMinute ?? 600, windowMs: options.rateLimit?.windowMs ?? 60_000, now });
  const api = new HaloApi({
    state,
    now,
    errors,
    lookupsWrapped: options.lookupsWrapped ?? false,
    servedPageSize: options.servedPageSize,
    onWrite: () => recorder.countWriteApplied(),
  });

  const handle: SandboxHandler = async (request): Promise<SandboxAnswer> => {
    const url = new URL(request.url);
    const path = url.pathname.startsWith(basePath) ? url.pathname.slice(basePath.length) : url.pathname;
    const method = request.method.toUpperCase();
    const apiPath = /^\/api(\/|$)/i.test(path) ? path.slice(4) : undefined;
    const route = apiPath === undefined ? undefined : api.match(method, apiPath, url.searchParams, request);
    const routeName = path.toLowerCase() === '/auth/token' ? 'auth.token' : apiPath?.toLowerCase() === '/authinfo' ? 'auth.info' : (route?.name ?? 'unmatched');
    recorder.countRequest(routeName);
    recorder.record({ method, url: `${url.pathname}${url.search}`, route: routeName });
    await latency.wait();

    if (routeName === 'auth.info' && method === 'GET') {
      return jsonResponse({ auth_url: `${url.origin}${basePath}/auth`, tenant_id: options.tenant ?? null });
    }
    if (routeName === 'auth.token' && method === 'POST') return tokens.grant(request);
    if (!route) return haloError(404, `No HTTP resource was found that matches the request URI '${url.pathname}'.`, 'message');

    const checked = tokens.check(request.headers);
    if (!checked.ok) return haloError(401, checked.message, 'message');
    if (rate) {
      const decision = rate.hit(checked.clientId);
      if (!decision.allowed) {
        recorder.countRateLimited();
        const retryAfterSeconds = Math.max(1, Math.ceil(decision.retryAfterMs / 1000));
        return jsonResponse({ error: 'rate_limit_exceeded', message: 'Too many requests: slow down.', retry_after: retryAfterSeconds }, 429, retryAfterHeader(decision.retryAfterMs));
      }
    }
    const fault = faults.draw({ route: route.name, write: isWriteMethod(method) });
    if (fault) recorder.countFault(fault);
    return answerWithFault({
      fault,
      run: () => route.answer(),
      error: (status, message, headers) => haloError(status, message, errors.next(), headers ? { headers } : {}),
      pause: (ms) => latency.pause(ms),
      slowMs: faults.slowMs,
      burstRetryAfterMs: faults.burstRetryAfterMs,
    });
  };

  return {
    baseUrl,
    clientId,
    clientSecret,
    tenant: options.tenant,
    alertTicketTypeId: SANDBOX_TICKET_TYPE.alert,
    handlers: mswHandlersFor(baseUrl, handle),
    handle,
    state,
    listen: (listenOptions) => serveOnLoopback(handle, listenOptions),
    requestCount: () => recorder.requestCount,
    tokenRequestCount: () => tokens.issuedCount,
    get requests() {
      return recorder.entries;
    },
    stats: () => recorder.stats(),
    injectFault: (kind, injectOptions) => faults.inject(kind, injectOptions),
    expireTokens: () => tokens.expireAll(),
    gatewayConfig: (url = baseUrl) => ({
      provider: 'halopsa',
      baseUrl: url.replace(/\/+$/, ''),
      clientId,
      clientSecret,
      ...(options.tenant === undefined ? {} : { tenant: options.tenant }),
      alertTicketTypeId: SANDBOX_TICKET_TYPE.alert,
    }),
  };
}
