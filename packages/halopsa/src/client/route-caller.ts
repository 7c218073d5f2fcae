import { type CallOptions, Paginated, type PsaErrorContext, type ReferenceCache } from '@psagate/core';
import { type RouteCaller, type TransportResponse, parseInput } from '@psagate/core/provider';
import { recordsOf, savedRecordsOf, singleRecordOf } from './response-shapes';
import type { HaloOperation } from './route-operations';

/** Cache tag of reference lists (statuses, priorities, ticket types, agents). */
export const REFERENCE_TAG = 'halo-reference';

/** A list Halo answers whole is still handed out in pages of this many by default. */
const WHOLE_LIST_PAGE_SIZE = 100;

export interface HaloRouteCallerOptions {
  /** Where reference lists (`lookup` routes) are cached. */
  readonly cache: ReferenceCache;
}

/**
 * What Halo needs on top of core's route caller, which checks params, builds and sends requests
 * and walks paged lists: the answers Halo wraps in envelopes of its choosing are unwrapped here
 * before their records are checked (`whole`, `lookup`, `object` and `saved` routes), reference
 * lists are cached, and records POSTed as Halo's array body are each checked as a create or an
 * update before anything is sent.
 */
export class HaloRouteCaller {
  readonly #routes: RouteCaller<HaloOperation>;
  readonly #cache: ReferenceCache;

  constructor(routes: RouteCaller<HaloOperation>, options: HaloRouteCallerOptions) {
    this.#routes = routes;
    this.#cache = options.cache;
  }

  /** A list walked with `pageinate=true`; `page_no` and `page_size` set where it starts and its page size. */
  list(operation: HaloOperation, params: unknown, options?: CallOptions): Paginated<unknown> {
    return this.#routes.list(operation, params, options);
  }

  /**
   * A list Halo does not page: fetched whole when a walk starts, handed out in pages, fetched as many
   * at once as the transport's `pageConcurrency`, so it composes like the paged ones.
   */
  whole(operation: HaloOperation, params: unknown, options?: CallOptions): Paginated<unknown> {
    // Bad params are refused now, before anything is sent.
    this.#routes.parse(operation, params);
    return Paginated.lazy(
      async (signal) => this.#records(operation, await this.#routes.request(operation, params, { ...options, signal: signal ?? options?.signal })),
      { defaultPageSize: WHOLE_LIST_PAGE_SIZE, defaultConcurrency: this.#routes.transport.pageConcurrency },
    );
  }

  /**
   * Reference data: one unpaged GET, cached (per route and params) until the cache's TTL or
   * `forgetReferenceData()`. Concurrent lookups share the GET, which runs on the cache's signal:
   * one caller's abort ends its own wait, and the GET stops once every caller has aborted.
   */
  async lookup(operation: HaloOperation, params: unknown, options?: CallOptions): Promise<unknown[]> {
    const { query } = this.#routes.spec(operation, this.#routes.parse(operation, params));
    const key = `${operation.id}?${Object.entries(query ?? {})
      .map(([name, value]) => `${name}=${String(value)}`)
      .sort()
      .join('&')}`;
    const load = async (signal: AbortSignal): Promise<unknown[]> => this.#records(operation, await this.#routes.request(operation, params, { ...options, signal }));
    const records = await this.#cache.getOrLoad(key, load, { tags: [REFERENCE_TAG, `halo-${operation.route.group}`], signal: options?.signal });
    return [...records];
  }

  /** One record, bare or wrapped under the route's key. */
  async get(operation: HaloOperation, params: unknown, options?: CallOptions): Promise<unknown> {
    const response = await this.#routes.request(operation, params, options);
    const context = { ...contextOf(operation), status: response.status };
    return this.#routes.transport.validate(operation.response, singleRecordOf(response.data, operation.route.response.key, context, this.#redact), context);
  }

  /**
   * POSTs records as Halo's array body and answers the saved records. Each record is checked as
   * `checkAs` says (a create or an update) before anything is sent.
   */
  async save(operation: HaloOperation, records: readonly unknown[], options?: CallOptions, checkAs: (record: unknown) => HaloOperation = () => operation): Promise<unknown[]> {
    const body = records.map((record, index) =>
      parseInput(bodyRecordOf(checkAs(record)), record, { provider: 'halopsa', operation: operation.id }, records.length > 1 ? `record ${index}` : 'record'),
    );
    const response = await this.#routes.request(operation, {}, { ...options, body });
    const context = contextOf(operation);
    return this.#validateAll(operation, savedRecordsOf(response.data, operation.route.response.key, { ...context, status: response.status }, this.#redact), context);
  }

  /** Sends a route that answers nothing worth reading. */
  async delete(operation: HaloOperation, params: unknown, options?: CallOptions): Promise<void> {
    await this.#routes.request(operation, params, options);
  }

  /** Forgets cached reference lists, after statuses, priorities or agents changed in Halo. */
  forgetReferenceData(): void {
    this.#cache.invalidateTag(REFERENCE_TAG);
  }

  /** The records of an unpaged list, a bare array or an envelope, each checked. */
  #records(operation: HaloOperation, response: TransportResponse<unknown>): unknown[] {
    const context = contextOf(operation);
    return this.#validateAll(operation, recordsOf(response.data, operation.route.response.key, context, this.#redact), context);
  }

  #validateAll(operation: HaloOperation, records: readonly unknown[], context: PsaErrorContext): unknown[] {
    return records.map((record, index) => this.#routes.transport.validate(operation.response, record, context, `${operation.route.response.key}[${index}]`));
  }

  readonly #redact = (text: string): string => this.#routes.transport.redact(text);
}

function contextOf(operation: HaloOperation): PsaErrorContext {
  return { provider: 'halopsa', operation: operation.id, method: operation.route.httpMethod, path: operation.route.path };
}

function bodyRecordOf(operation: HaloOperation): NonNullable<HaloOperation['bodyRecord']> {
  if (!operation.bodyRecord) throw new TypeError(`HaloPSA ${operation.id} sends no records.`);
  return operation.bodyRecord;
}
