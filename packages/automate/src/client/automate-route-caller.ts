import { type HttpTransport, RouteCaller, type RoutePaging } from '@psagate/core/provider';
import type { RenderOptions } from '../condition/condition';
import { automatePages } from './automate-pages';
import { optionsQuery } from './list-options';
import type { AutomateOperation } from './operation';

/** Automate lists: bare-array pages, started by `page` and sized by `pageSize`. */
export const automatePaging: RoutePaging = { strategy: automatePages, startPageParam: 'page', pageSizeParam: 'pageSize' };

/** The route caller every Automate operation goes through. */
export type AutomateRouteCaller = RouteCaller<AutomateOperation>;

/**
 * Core's route caller over a transport, with Automate's list and field options (condition,
 * orderBy, ids, includedFields, excludedFields, expand) rendered into the query of the routes that
 * take them.
 */
export function automateRouteCaller(transport: HttpTransport, render: RenderOptions = {}): AutomateRouteCaller {
  return new RouteCaller<AutomateOperation>({
    transport,
    paging: automatePaging,
    hooks: { extraQuery: (parsed, operation) => (operation.route.options === 'none' ? {} : optionsQuery(parsed, render)) },
  });
}
