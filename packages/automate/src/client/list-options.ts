import type { QueryValue } from '@psagate/core/provider';
import { z } from 'zod';
import { type AnyCondition, type RenderOptions, isCondition, renderCondition } from '../condition/condition';
import { type OrderBy, renderFieldList, renderOrderBy } from '../condition/query-options';
import { idParam } from '../schemas/inputs';
import { AUTOMATE_MAX_PAGE_SIZE } from './automate-pages';

const conditionParam = z.custom<AnyCondition>(isCondition, {
  message: "must be built with field(), and() or or() (or, for hand-written text, wrapped in unescapedCondition()): plain strings are refused so that values are always escaped",
});
const orderKey = z.union([z.string(), z.strictObject({ field: z.string(), direction: z.enum(['asc', 'desc']).optional() })]);
const fieldNames = z.array(z.string()).min(1, 'name at least one field');

/** What single-record reads accept: which fields come back. */
export const fieldOptionsShape = {
  includedFields: fieldNames.optional(),
  excludedFields: fieldNames.optional(),
  expand: fieldNames.optional(),
};

/** What every list accepts besides its path parameters. */
export const listOptionsShape = {
  /** A filter: `field('Status').eq('Online')`. */
  condition: conditionParam.optional(),
  orderBy: z.union([orderKey, z.array(orderKey).min(1)]).optional(),
  /** Only these records. */
  ids: z.array(idParam).min(1).optional(),
  /** 1-based page to start the walk at. */
  page: z.int().min(1, { message: 'page is 1-based: use 1 or more' }).optional(),
  pageSize: z
    .int()
    .min(1, { message: 'pageSize must be at least 1' })
    .max(AUTOMATE_MAX_PAGE_SIZE, { message: `pageSize can be at most ${AUTOMATE_MAX_PAGE_SIZE}; lists walk every page for you` })
    .optional(),
  ...fieldOptionsShape,
};

export interface ListOptions {
  readonly condition?: AnyCondition | undefined;
  readonly orderBy?: OrderBy | readonly OrderBy[] | undefined;
  readonly ids?: readonly (number | string)[] | undefined;
  readonly page?: number | undefined;
  readonly pageSize?: number | undefined;
  readonly includedFields?: readonly string[] | undefined;
  readonly excludedFields?: readonly string[] | undefined;
  readonly expand?: readonly string[] | undefined;
}

/** The query parameters for parsed list or field options (page and pageSize are left to the walk). */
export function optionsQuery(parsed: Readonly<Record<string, unknown>>, render: RenderOptions): Record<string, QueryValue> {
  const query: Record<string, QueryValue> = {};
  if (parsed.condition) query.condition = renderCondition(parsed.condition as AnyCondition, render);
  if (parsed.orderBy) query.orderBy = renderOrderBy(parsed.orderBy as OrderBy | OrderBy[]);
  if (parsed.ids) query.ids = (parsed.ids as (number | string)[]).map(String).join(',');
  if (parsed.includedFields) query.includedFields = renderFieldList(parsed.includedFields as string[], 'includedFields');
  if (parsed.excludedFields) query.excludedFields = renderFieldList(parsed.excludedFields as string[], 'excludedFields');
  if (parsed.expand) query.expand = renderFieldList(parsed.expand as string[], 'expand');
  return query;
}
