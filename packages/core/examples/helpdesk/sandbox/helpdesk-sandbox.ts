import {
  FaultPlan,
  type InjectFaultOptions,
  Latency,
  mswHandlersFor,
  nowOf,
  RequestRecorder,
  type SandboxAnswer,
  type SandboxCommonOptions,
  type SandboxFaultKind,
  type SandboxStats,
  SlidingWindowCounter,
  sleepOf,
} from '@psagate/core/sandbox-kit';
import type { HttpHandler } from 'msw';
import { HELPDESK_BASE_URL, helpdeskRatePolicy } from '../config';
import type { HelpdeskOperationId } from '../routes/helpdesk-routes';
import { createHelpdeskHttpLayer, type HelpdeskSandboxRequest } from './helpdesk-http-layer';
import { type HelpdeskSandboxSizes, type HelpdeskSandboxState, seedHelpdeskState } from './helpdesk-sandbox-state';

/** Options of `createHelpdeskSandbox`: the shared sandbox options, record counts, origin and key. */
export interface HelpdeskSandboxOptions extends SandboxCommonOptions, Partial<HelpdeskSandboxSizes> {
  /** The origin `handlers` serve. Default `https://helpdesk.example.test`. */
  readonly baseUrl?: string | undefined;
  /** The one API key the sandbox accepts, as `Authorization: Bearer <key>`. */
  readonly apiKey?: string | undefined;
}

/** An in-memory Helpdesk. */
export interface HelpdeskSandbox {
  readonly baseUrl: string;
  readonly apiKey: string;
  /** The records it holds now. */
  readonly state: HelpdeskSandboxState;
  /** msw handlers serving the Helpdesk API at `baseUrl` from memory. */
  readonly handlers: HttpHandler[];
  /** Answers one request, whatever carried it: a response, or a dropped connection. */
  handle(request: Request): Promise<SandboxAnswer>;
  /** Requests in arrival order (empty with `recordRequests: false`). */
  readonly requests: readonly HelpdeskSandboxRequest[];
  /** Requests that reached the sandbox, authenticated or not. */
  requestCount(): number;
  stats(): SandboxStats;
  /** Makes the next `count` (default 1) requests of `route` (default any) fail with `kind`. */
  injectFault(kind: SandboxFaultKind, options?: InjectFaultOptions & { readonly route?: HelpdeskOperationId | undefined }): void;
}

const DEFAULT_SIZES: HelpdeskSandboxSizes = { customers: 5, tickets: 12, devices: 8, alerts: 6 };

/**
 * An in-memory Helpdesk server for tests and the adapter example: seeded, deterministic data
 * (default 5 customers, 12 tickets, 8 devices, 6 alerts), bearer-token auth, page/per_page
 * pagination with a `total`, Helpdesk's rate budget per key (120 a minute unless `rateLimit` says
 * otherwise) and `{ error: { code, message } }` error bodies, with adjustable latency and faults.
 * Writes change its state.
 */
export function createHelpdeskSandbox(options: HelpdeskSandboxOptions = {}): HelpdeskSandbox {
  const baseUrl = (options.baseUrl ?? HELPDESK_BASE_URL).replace(/\/+$/, '');
  const apiKey = options.apiKey ?? 'hd_live_4f9a1c2e7b3d5a6c8e0f1a2b';
  const state = seedHelpdeskState({
    customers: options.customers ?? DEFAULT_SIZES.customers,
    tickets: options.tickets ?? DEFAULT_SIZES.tickets,
    devices: options.devices ?? DEFAULT_SIZES.devices,
    alerts: options.alerts ?? DEFAULT_SIZES.alerts,
  });
  const rateLimit =
    options.rateLimit === false
      ? undefined
      : new SlidingWindowCounter({
          limit: options.rateLimit?.requestsPerMinute ?? helpdeskRatePolicy.requestsPerWindow,
          windowMs: options.rateLimit?.windowMs ?? helpdeskRatePolicy.windowMs,
          now: nowOf(options.clock),
        });
  const faults = new FaultPlan(options.faults);
  const latency = new Latency(options.latencyMs, { sleep: sleepOf(options.clock) });
  const recorder = new RequestRecorder<HelpdeskSandboxRequest>({ record: options.recordRequests ?? true });
  const handle = createHelpdeskHttpLayer({ state, basePath: new URL(baseUrl).pathname.replace(/\/+$/, ''), apiKey, rateLimit, faults, latency, recorder });
  let handlers: HttpHandler[] | undefined;
  return {
    baseUrl,
    apiKey,
    state,
    get handlers() {
      handlers ??= mswHandlersFor(baseUrl, handle);
      return handlers;
    },
    handle,
    get requests() {
      return recorder.entries;
    },
    requestCount: () => recorder.requestCount,
    stats: () => recorder.stats(),
    injectFault: (kind, injectOptions) => faults.inject(kind, injectOptions),
  };
}
