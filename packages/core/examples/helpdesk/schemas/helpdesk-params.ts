import { z } from 'zod';

/** Helpdesk's largest `per_page`. */
export const HELPDESK_MAX_PAGE_SIZE = 100;

/** A Helpdesk id in a path: a number or a string; the route's `integer` kind checks it before anything is sent. */
export const helpdeskIdParam = z.union([z.int(), z.string()]);

/** `page` and `per_page`: where a list's walk starts and its page size (the walk sends them with every page). */
export const helpdeskPageParams = {
  page: z.int().min(1, { message: 'page is 1-based: use 1 or more' }).optional(),
  per_page: z.int().min(1).max(HELPDESK_MAX_PAGE_SIZE, { message: `per_page can be at most ${HELPDESK_MAX_PAGE_SIZE}, Helpdesk's maximum` }).optional(),
};
