/** One page request a pagination strategy asks the provider to make. */
export interface PageRequest {
  /** Query parameters for this page (page number, size, flags such as Halo's `pageinate`). */
  readonly query: Readonly<Record<string, string>>;
  /**
   * An absolute or relative URL to fetch instead of the list route, for next-link walks. The transport
   * refuses it unless it has the configured origin, so credentials never leave that origin.
   */
  readonly url?: string | undefined;
  readonly signal: AbortSignal;
}

/** The raw answer to a page request, before the strategy unwraps it. */
export interface PageResponse {
  readonly body: unknown;
  /** Response headers, names lower-cased. */
  readonly headers: Readonly<Record<string, string>>;
}

/** How a provider fetches one page of a list route: usually one `transport.request` call. */
export type PageFetcher = (request: PageRequest) => Promise<PageResponse>;
