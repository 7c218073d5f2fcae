import { ResponseShapeError, ValidationError } from '../errors/error-types';
import type { Page } from './page';
import type { PageFetcher, PageResponse } from './page-fetcher';
import type { PaginationStrategy, WalkContext } from './pagination-strategy';
import { tooManyPagesError, walkLabel } from './walk-guards';
import { linkedAbortController } from '../util/linked-abort-controller';
import { nextLinkFromHeader } from './link-header';
import { type FieldNames, readCount, readItems, readString } from './response-fields';

export interface NextLinkOptions {
  /** Query parameter for the page size on the first request. */
  readonly pageSizeParam: string;
  /** Field(s) holding the records; undefined for a bare array. */
  readonly itemsField?: FieldNames | undefined;
  /** Field(s) holding the next page's URL (`nextLink`, `@odata.nextLink`). */
  readonly nextLinkField?: FieldNames | undefined;
  /** Also follow an RFC 8288 `Link: <...>; rel="next"` header. */
  readonly useLinkHeader?: boolean | undefined;
  readonly totalItemsField?: FieldNames | undefined;
  readonly extraParams?: Readonly<Record<string, string>> | undefined;
  readonly maxPageSize: number;
  readonly defaultPageSize?: number | undefined;
}

/**
 * Follows the server's link to the next page until there is none. Pages come one at a time, since
 * each link is only known from the page before. The transport refuses links to another origin.
 */
export class NextLink implements PaginationStrategy {
  readonly name = 'next-link';
  readonly maxPageSize: number;
  readonly defaultPageSize: number;
  readonly supportsStartPage = false;

  constructor(private readonly settings: NextLinkOptions) {
    this.maxPageSize = settings.maxPageSize;
    this.defaultPageSize = settings.defaultPageSize ?? settings.maxPageSize;
  }

  async *walk(fetch: PageFetcher, context: WalkContext): AsyncGenerator<Page<unknown>, void, undefined> {
    const { pageSize, startPage, maxPages, signal } = context.options;
    if (startPage !== 1) {
      throw new ValidationError(
        `${walkLabel(context)} follows next links and cannot start at page ${startPage}; omit startPage.`,
        { ...context.errorContext, code: 'UNSUPPORTED_START_PAGE' },
      );
    }
    const { controller, dispose } = linkedAbortController(signal);
    const seen = new Set<string>();
    try {
      let url: string | undefined;
      for (let pageNumber = 1; ; pageNumber++) {
        controller.signal.throwIfAborted();
        const response = await fetch({
          query: url ? {} : { ...this.settings.extraParams, [this.settings.pageSizeParam]: String(pageSize) },
          url,
          signal: controller.signal,
        });
        controller.signal.throwIfAborted();
        const items = readItems(response.body, this.settings.itemsField, context.errorContext, context.redact);
        if (items.length === 0) return;
        if (pageNumber > maxPages) throw tooManyPagesError(context, maxPages);
        yield { items, pageNumber, pageSize, totalItems: readCount(response.body, this.settings.totalItemsField) };

        url = this.nextLinkOf(response);
        if (!url) return;
        // Following a link already followed would loop forever; ending quietly would drop the rest.
        if (seen.has(url)) {
          throw new ResponseShapeError(
            `${walkLabel(context)} linked back to a page it already returned (after page ${pageNumber}). ` +
              'The server is repeating its next link; the list cannot be walked to its end.',
            { ...context.errorContext, code: 'REPEATED_PAGE' },
          );
        }
        seen.add(url);
      }
    } finally {
      dispose();
    }
  }

  private nextLinkOf(response: PageResponse): string | undefined {
    const fromBody = readString(response.body, this.settings.nextLinkField);
    if (fromBody) return fromBody;
    if (!this.settings.useLinkHeader) return undefined;
    return nextLinkFromHeader(response.headers.link);
  }
}
