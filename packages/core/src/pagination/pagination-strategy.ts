import type { PsaErrorContext } from '../errors/psa-error';
import type { Page, ResolvedPageOptions } from './page';
import type { PageFetcher } from './page-fetcher';

export interface WalkContext {
  readonly options: ResolvedPageOptions;
  /** Provider and operation, for the errors a walk raises itself. */
  readonly errorContext?: PsaErrorContext | undefined;
  /** Reports a recoverable surprise, such as a server that uses smaller pages than asked for. */
  readonly warn?: ((code: string, message: string) => void) | undefined;
  /** Masks known secrets in text taken from a response (field names quoted in an error). */
  readonly redact?: ((text: string) => string) | undefined;
}

/**
 * How a list is walked: which parameters a page request carries, how a page is unwrapped, and when
 * the walk ends. Core owns the strategies; providers only fetch pages.
 */
export interface PaginationStrategy {
  readonly name: string;
  /** The largest page the server accepts; larger requests are clamped to it. */
  readonly maxPageSize: number;
  readonly defaultPageSize: number;
  /** Whether a walk can begin past page 1. */
  readonly supportsStartPage: boolean;
  walk(fetch: PageFetcher, context: WalkContext): AsyncGenerator<Page<unknown>, void, undefined>;
}
