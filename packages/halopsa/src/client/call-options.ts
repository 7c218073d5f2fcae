/** Per-call options every client method takes after its params. */
export interface CallOptions {
  readonly signal?: AbortSignal | undefined;
  /** Extra headers for this call (never auth: the client sets it). */
  readonly headers?: Readonly<Record<string, string>> | undefined;
}
