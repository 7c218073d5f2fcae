import { type HelpdeskAlert, type HelpdeskCustomer, type HelpdeskDevice, type HelpdeskNote, type HelpdeskTicket, helpdeskTicketStates } from '../schemas/helpdesk-records';

/** How many records of each kind the sandbox starts with (notes: one on each of the first three tickets). */
export interface HelpdeskSandboxSizes {
  readonly customers: number;
  readonly tickets: number;
  readonly devices: number;
  readonly alerts: number;
}

/** Everything the sandbox holds; writes change it. */
export interface HelpdeskSandboxState {
  readonly customers: HelpdeskCustomer[];
  readonly tickets: HelpdeskTicket[];
  readonly notes: HelpdeskNote[];
  readonly devices: HelpdeskDevice[];
  readonly alerts: HelpdeskAlert[];
  /** The id the next created record gets. */
  nextId: number;
}

const EPOCH = Date.UTC(2026, 0, 5, 9, 0, 0);
/** A fixed time `minutes` after the sandbox's epoch, so the data is the same on every run. */
const at = (minutes: number): string => new Date(EPOCH + minutes * 60_000).toISOString();

/** The time a write stamps: after every seeded time, and different for each record created. */
export function stampOf(state: HelpdeskSandboxState): string {
  return at(10_000 + state.nextId);
}

/** Seeded, deterministic data: customers, their devices, tickets on both, notes and alerts. */
export function seedHelpdeskState(sizes: HelpdeskSandboxSizes): HelpdeskSandboxState {
  const customers: HelpdeskCustomer[] = range(sizes.customers, (i) => ({
    id: 100 + i,
    name: `Customer ${i + 1}`,
    domain: `customer${i + 1}.example`,
    created_at: at(i),
    updated_at: at(i + 60),
  }));
  const devices: HelpdeskDevice[] = range(sizes.devices, (i) => ({
    id: 500 + i,
    hostname: `ws-${String(i + 1).padStart(3, '0')}`,
    customer_id: customers[i % customers.length]?.id ?? null,
    os: i % 3 === 0 ? 'Windows Server 2022' : 'Windows 11',
    online: i % 4 !== 0,
    last_seen: at(1_000 + i),
  }));
  const tickets: HelpdeskTicket[] = range(sizes.tickets, (i) => ({
    id: 1_000 + i,
    subject: `Ticket ${i + 1}: ${i % 2 === 0 ? 'printer offline' : 'password reset'}`,
    body: `Details of ticket ${i + 1}`,
    state: helpdeskTicketStates[i % 3] as string,
    urgency: (i % 4) + 1,
    customer_id: customers[i % customers.length]?.id ?? null,
    device_id: devices[i % devices.length]?.id ?? null,
    created_at: at(100 + i),
    updated_at: at(200 + i),
  }));
  const notes: HelpdeskNote[] = tickets.slice(0, 3).map((ticket, i) => ({
    id: 9_000 + i,
    ticket_id: ticket.id,
    text: `First note on ticket ${ticket.id}`,
    internal: false,
    author: 'tech@msp.example',
    created_at: at(300 + i),
  }));
  const alerts: HelpdeskAlert[] = range(sizes.alerts, (i) => ({
    id: 7_000 + i,
    title: `Disk space low on ${devices[i % devices.length]?.hostname ?? 'device'}`,
    level: (['info', 'warn', 'crit'] as const)[i % 3] as HelpdeskAlert['level'],
    open: i % 2 === 0,
    device_id: devices[i % devices.length]?.id ?? null,
    customer_id: devices[i % devices.length]?.customer_id ?? null,
    raised_at: at(400 + i),
    cleared_at: i % 2 === 0 ? null : at(500 + i),
  }));
  return { customers, tickets, notes, devices, alerts, nextId: 20_000 };
}

function range<T>(count: number, make: (index: number) => T): T[] {
  return Array.from({ length: count }, (_, index) => make(index));
}
