import type { AnyPsaProvider, Gateway } from '@psagate/core';
import type { FaultPlanOptions, LoopbackServer, SandboxRateLimitOptions, SandboxStats } from '@psagate/core/sandbox-kit';

/** The neutral resources a soak walks. */
export type SoakResource = 'tickets' | 'devices' | 'alerts' | 'customers';
export const soakResources: readonly SoakResource[] = ['tickets', 'devices', 'alerts', 'customers'];

/** How a soak builds a provider's sandbox. */
export interface SoakSandboxSettings {
  readonly seed: number;
  readonly faults: FaultPlanOptions;
  readonly rateLimit: SandboxRateLimitOptions;
}

/** What every provider sandbox offers and a soak needs. */
export interface SoakSandbox {
  listen(options?: { readonly port?: number | undefined }): Promise<LoopbackServer>;
  stats(): SandboxStats;
  gatewayConfig(url: string): object;
}

/**
 * The writes a provider can take, each leaving a `marker` the sandbox can be searched for. A kind
 * the provider cannot do is left out, and the workload skips it.
 */
export interface SoakWrites {
  /** The resource `create` adds to (a walk of it waits for creates that may still land). */
  readonly createdResource?: SoakResource | undefined;
  /** Creates a record titled or named `marker`. */
  readonly create?: ((gateway: Gateway, marker: string) => Promise<unknown>) | undefined;
  /** Sets the title or name of record `id` to `marker` (an idempotent write). */
  readonly update?: ((gateway: Gateway, id: string, marker: string) => Promise<unknown>) | undefined;
  /** Adds a comment reading `marker` to ticket `ticketId`. */
  readonly comment?: ((gateway: Gateway, ticketId: string, marker: string) => Promise<unknown>) | undefined;
  /** Resolves alert `id` (an idempotent write). */
  readonly resolve?: ((gateway: Gateway, id: string) => Promise<unknown>) | undefined;
}

/** One provider's sandbox during a soak, read through the sandbox's own state, never the client's. */
export interface SoakSession {
  readonly sandbox: SoakSandbox;
  readonly writes: SoakWrites;
  /** Neutral ids of every record of `resource` the sandbox holds now. */
  expectedIds(resource: SoakResource): readonly string[];
  /** Ids `update` may target. */
  updateTargets(): readonly string[];
  /** Tickets `comment` and comment walks may target. */
  commentTargets(): readonly string[];
  /** Alerts `resolve` may target. */
  resolveTargets(): readonly string[];
  /** Records the sandbox holds titled or named `marker` (by `create`). */
  countCreated(marker: string): number;
  /** Comments the sandbox holds reading `marker`. */
  countComments(marker: string): number;
  /** Comments the sandbox holds on a ticket. */
  commentCount(ticketId: string): number;
  /** The title or name `update` sets, as the sandbox holds it now. */
  currentName(id: string): string | undefined;
  isResolved(alertId: string): boolean;
}

/** A provider under soak: its neutral provider and how to run and read its sandbox. */
export interface SoakTarget {
  readonly name: string;
  readonly provider: AnyPsaProvider;
  start(settings: SoakSandboxSettings): SoakSession;
}
