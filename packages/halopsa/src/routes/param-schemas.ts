import { dateInputSchema } from '@psagate/core/provider';
import { z } from 'zod';
import type { HaloParamKind, HaloRoute } from './halo-route';

/** Halo's largest `page_size`. */
export const HALO_MAX_PAGE_SIZE = 100;

/** An integer id: a number or a string of digits, sent as a number. */
export const haloIdParam = z
  .union([z.int().nonnegative({ message: 'must be a non-negative integer id' }), z.string().trim().regex(/^\d{1,10}$/, { message: 'must be an integer id (digits only)' })])
  .transform((value) => Number(value))
  .refine((value) => value <= 2_147_483_647, { message: 'is larger than any Halo id (Halo ids are 32-bit integers)' });

const kinds: Record<HaloParamKind, z.ZodType> = {
  id: haloIdParam,
  ids: z.union([haloIdParam, z.array(haloIdParam).min(1, { message: 'must list at least one id' })]).transform((value) => (Array.isArray(value) ? value : [value]).join(',')),
  integer: z.int(),
  boolean: z.boolean(),
  text: z.string().trim().min(1, { message: 'must not be empty' }),
  date: dateInputSchema,
};

/** `page_no`: the 1-based page a list walk starts from. */
export const pageNumberParam = z.int().min(1, { message: 'page_no is 1-based: use 1 or more' });
/** `page_size`: records per page, at most 100. */
export const pageSizeParam = z
  .int()
  .min(1, { message: 'page_size must be at least 1' })
  .max(HALO_MAX_PAGE_SIZE, { message: `page_size can be at most ${HALO_MAX_PAGE_SIZE} (Halo's maximum); lists walk every page for you` });

/** The schema of a route's params: path ids, query parameters and, for paged lists, `page_no`/`page_size`. */
export function paramsSchemaOf(route: HaloRoute): z.ZodType<Record<string, unknown>> {
  const shape: Record<string, z.ZodType> = {};
  for (const param of route.pathParams) shape[param.name] = haloIdParam;
  for (const [name, kind] of Object.entries(route.query)) {
    shape[name] = route.requiredQuery.includes(name) ? kinds[kind] : kinds[kind].optional();
  }
  if (route.response.kind === 'page') {
    shape.page_no = pageNumberParam.optional();
    shape.page_size = pageSizeParam.optional();
  }
  const schema = z.strictObject(shape);
  const check = routeChecks[`${route.group}.${route.method}`];
  return (check ? schema.superRefine(check) : schema) as z.ZodType<Record<string, unknown>>;
}

type RouteCheck = (params: Record<string, unknown>, context: z.core.$RefinementCtx) => void;

/** Halo's date fields for `datesearch` (its own spelling: `dateoccured`, one r). */
export const haloDateSearchFields = ['dateoccured', 'datecleared', 'lastactiondate', 'fixbydate', 'respondbydate', 'dateassigned', 'deadlinedate'] as const;

/** Rules across parameters, checked before anything is sent. */
const routeChecks: Readonly<Record<string, RouteCheck>> = {
  'tickets.list': (params, context) => {
    const { datesearch, startdate, enddate } = params as { datesearch?: string; startdate?: string; enddate?: string };
    if (datesearch !== undefined && !(haloDateSearchFields as readonly string[]).includes(datesearch)) {
      context.addIssue({ code: 'custom', path: ['datesearch'], message: `must be one of ${haloDateSearchFields.join(', ')}` });
    }
    if ((startdate !== undefined || enddate !== undefined) && datesearch === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['datesearch'],
        message: 'is required with startdate or enddate (Halo ignores the range without it): use dateoccured (opened) or datecleared (closed)',
      });
    }
    rangeCheck(context, params, 'startdate', 'enddate');
    rangeCheck(context, params, 'lastupdatefromdate', 'lastupdatetodate');
    if (params.open_only === true && params.closed_only === true) {
      context.addIssue({ code: 'custom', path: ['closed_only'], message: 'cannot be combined with open_only: no ticket is both' });
    }
  },
  'actions.list': (params, context) => rangeCheck(context, params, 'startdate', 'enddate'),
};

function rangeCheck(context: z.core.$RefinementCtx, params: Record<string, unknown>, from: string, to: string): void {
  const start = params[from];
  const end = params[to];
  if (typeof start === 'string' && typeof end === 'string' && Date.parse(start) > Date.parse(end)) {
    context.addIssue({ code: 'custom', path: [to], message: `must not be before ${from} (${start} > ${end}): the date range is empty` });
  }
}

/**
 * The schema of a record sent to a `create` or `update` route. A create must not carry an `id`
 * (Halo would update that record instead); an update must. Actions also need their `ticket_id`.
 */
export function bodySchemaOf(route: HaloRoute): z.ZodType<Record<string, unknown>> {
  const shape: Record<string, z.ZodType> = {};
  if (route.method === 'update') shape.id = haloIdParam;
  if (route.method === 'create') {
    shape.id = z.undefined({ message: `must be left out when creating: a record with an id updates that record (use ${route.group}.update)` }).optional();
  }
  if (route.response.record === 'action') shape.ticket_id = haloIdParam;
  return z.looseObject(shape) as z.ZodType<Record<string, unknown>>;
}
