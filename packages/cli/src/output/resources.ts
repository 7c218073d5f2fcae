import { alertSchema, customerSchema, deviceSchema, ticketCommentSchema, ticketSchema } from '@psagate/core';

/** The neutral resources the CLI lists, gets and exports. */
export const resourceNames = ['tickets', 'devices', 'alerts', 'customers'] as const;
export type ResourceName = (typeof resourceNames)[number];

/** A table column: its heading and how to read the cell from a record. */
export interface Column {
  readonly header: string;
  readonly value: (record: Readonly<Record<string, unknown>>) => unknown;
  /** Longer cell text is cut with `…`. */
  readonly maxWidth?: number | undefined;
}

const field =
  (name: string) =>
  (record: Readonly<Record<string, unknown>>): unknown =>
    record[name];
const day = (name: string) => (record: Readonly<Record<string, unknown>>) => (typeof record[name] === 'string' ? (record[name] as string).slice(0, 10) : record[name]);

/** The columns a list shows as a table: the few that identify a record at a glance. */
export const tableColumns: Readonly<Record<ResourceName | 'comments', readonly Column[]>> = {
  tickets: [
    { header: 'ID', value: field('id') },
    { header: 'STATUS', value: field('status') },
    { header: 'PRIORITY', value: field('priority') },
    { header: 'CUSTOMER', value: field('customerName'), maxWidth: 24 },
    { header: 'TITLE', value: field('title'), maxWidth: 48 },
    { header: 'UPDATED', value: day('updatedAt') },
  ],
  devices: [
    { header: 'ID', value: field('id') },
    { header: 'NAME', value: field('name'), maxWidth: 28 },
    { header: 'KIND', value: field('kind') },
    { header: 'CUSTOMER', value: field('customerName'), maxWidth: 24 },
    { header: 'OS', value: field('operatingSystem'), maxWidth: 32 },
    { header: 'ONLINE', value: field('online') },
  ],
  alerts: [
    { header: 'ID', value: field('id') },
    { header: 'SEVERITY', value: field('severity') },
    { header: 'STATUS', value: field('status') },
    { header: 'DEVICE', value: field('deviceName'), maxWidth: 24 },
    { header: 'TITLE', value: field('title'), maxWidth: 48 },
    { header: 'CREATED', value: day('createdAt') },
  ],
  customers: [
    { header: 'ID', value: field('id') },
    { header: 'NAME', value: field('name'), maxWidth: 36 },
    { header: 'DOMAIN', value: field('domain'), maxWidth: 28 },
    { header: 'PHONE', value: field('phone') },
    { header: 'CREATED', value: day('createdAt') },
  ],
  comments: [
    { header: 'ID', value: field('id') },
    { header: 'INTERNAL', value: field('isInternal') },
    { header: 'AUTHOR', value: field('authorName'), maxWidth: 24 },
    { header: 'BODY', value: field('body'), maxWidth: 60 },
    { header: 'CREATED', value: day('createdAt') },
  ],
};

/** Every neutral field but `raw`, in schema order: the CSV header of an export. */
export const csvFields: Readonly<Record<ResourceName | 'comments', readonly string[]>> = {
  tickets: Object.keys(ticketSchema.shape).filter((key) => key !== 'raw'),
  devices: Object.keys(deviceSchema.shape).filter((key) => key !== 'raw'),
  alerts: Object.keys(alertSchema.shape).filter((key) => key !== 'raw'),
  customers: Object.keys(customerSchema.shape).filter((key) => key !== 'raw'),
  comments: Object.keys(ticketCommentSchema.shape).filter((key) => key !== 'raw'),
};

/** A cell as text: empty for null, JSON for objects. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
