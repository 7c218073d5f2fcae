import { SeededRandom } from '../seeded-random';
import type { TicketCommentRecord, TicketRecord, WorkHoursRecord } from './records';
import type { SandboxStore } from './sandbox-store';
import { customerIdForIndex } from './seed-customers';
import { FIRST_SEEDED_ID } from './seed-ids';
import { SEED_EPOCH_MS, isoMinutesBeforeEpoch, isoOf, isoPlusMinutes } from './seed-time';
import { TICKET_IMPACTS, TICKET_PRIORITIES, TICKET_PROBLEMS, TICKET_SOURCES, type TICKET_STATUSES, TICKET_TYPES } from './seed-vocabulary';
import { withTicketActivity } from './ticket-activity';

/** What the comments and work hours of a seeded ticket need to know about it, made without them. */
export interface TicketSkeleton {
  readonly ticketId: number;
  readonly customerId: number;
  readonly endUserId: number | null;
  readonly technicianId: number;
  readonly created: string;
  readonly title: string;
  readonly status: (typeof TICKET_STATUSES)[number];
}

/** A ticket's comment and duration fields before anyone has commented or logged time. */
export const NO_TICKET_ACTIVITY = {
  FirstComment: null,
  LastEndUserComment: null,
  LastEndUserCommentTimestamp: null,
  LastTechnicianComment: null,
  LastTechnicianCommentTimestamp: null,
  OnSiteDurationSeconds: 0,
  OnSiteDurationMinutes: 0,
  OffSiteDurationSeconds: 0,
  OffSiteDurationMinutes: 0,
  OnSLADurationSeconds: 0,
  OnSLADurationMinutes: 0,
  OffSLADurationSeconds: 0,
  OffSLADurationMinutes: 0,
  TotalDurationSeconds: 0,
  TotalDurationMinutes: 0,
} as const;

export function isSeededTicketId(store: SandboxStore, ticketId: number): boolean {
  const index = ticketId - FIRST_SEEDED_ID.tickets;
  return Number.isInteger(index) && index >= 0 && index < store.sizes.tickets;
}

export function ticketSkeleton(store: SandboxStore, index: number): TicketSkeleton {
  const random = SeededRandom.for(store.seed, 'ticket', index);
  const customerIndex = index % store.sizes.customers;
  const contactsOfCustomer = store.sizes.contacts > customerIndex ? Math.floor((store.sizes.contacts - 1 - customerIndex) / store.sizes.customers) + 1 : 0;
  const endUserPick = random.int(0, Math.max(0, contactsOfCustomer - 1));
  const withEndUser = contactsOfCustomer > 0 && random.chance(0.9);
  const statusRoll = random.next();
  return {
    ticketId: FIRST_SEEDED_ID.tickets + index,
    customerId: customerIdForIndex(store, index),
    endUserId: withEndUser ? FIRST_SEEDED_ID.contacts + customerIndex + endUserPick * store.sizes.customers : null,
    technicianId: FIRST_SEEDED_ID.technicians + random.int(0, store.sizes.technicians - 1),
    created: isoMinutesBeforeEpoch(random.int(3 * 24 * 60, 120 * 24 * 60)),
    title: random.pick(TICKET_PROBLEMS),
    status: statusRoll < 0.35 ? 'Open' : statusRoll < 0.55 ? 'Pending' : statusRoll < 0.8 ? 'Resolved' : 'Closed',
  };
}

const OPENING_LINES = [
  'It started this morning and is blocking my work.',
  'Several people in the office are affected.',
  'Can someone take a look today?',
] as const;

const END_USER_LINES = [
  'Still happening after a restart, can someone take a look?',
  'Thanks, that fixed it!',
  'Can we schedule this for after hours?',
] as const;

const TECHNICIAN_LINES = [
  'I have connected remotely and am looking into it now.',
  'Applied the fix and restarted the service; please confirm it works.',
  'Waiting on the vendor to ship the replacement part.',
  'Internal note: check the backup job history before closing.',
] as const;

/** The seeded comments of a seeded ticket, oldest first. */
export function seededTicketComments(store: SandboxStore, ticketIndex: number): TicketCommentRecord[] {
  const skeleton = ticketSkeleton(store, ticketIndex);
  const comments: TicketCommentRecord[] = [];
  let at = skeleton.created;
  for (let position = 0; position < store.sizes.commentsPerTicket; position++) {
    const random = SeededRandom.for(store.seed, `ticket-comment-${String(position)}`, ticketIndex);
    const fromEndUser = skeleton.endUserId !== null && (position === 0 || random.chance(0.4));
    if (position > 0) at = isoPlusMinutes(at, random.int(20, 600));
    if (Date.parse(at) > SEED_EPOCH_MS) at = isoOf(SEED_EPOCH_MS - (store.sizes.commentsPerTicket - position) * 60_000);
    if (fromEndUser && skeleton.endUserId !== null) {
      const contact = store.contacts.get(skeleton.endUserId);
      const text = position === 0 ? `${skeleton.title}. ${random.pick(OPENING_LINES)}` : random.pick(END_USER_LINES);
      comments.push({
        Date: at,
        Comment: text,
        CommentHtml: `<p>${text}</p>`,
        EndUserID: skeleton.endUserId,
        TechnicianContactID: null,
        Email: contact?.Email ?? null,
        FirstName: contact?.Firstname ?? null,
        LastName: contact?.Lastname ?? null,
        IsInternal: false,
      });
    } else {
      const technician = store.technicians.get(skeleton.technicianId);
      const text = random.pick(TECHNICIAN_LINES);
      comments.push({
        Date: at,
        Comment: text,
        CommentHtml: `<p>${text}</p>`,
        EndUserID: null,
        TechnicianContactID: skeleton.technicianId,
        Email: technician?.Email ?? null,
        FirstName: technician?.FirstName ?? null,
        LastName: technician?.LastName ?? null,
        IsInternal: text.startsWith('Internal note'),
      });
    }
  }
  return comments;
}

/** Every comment of a ticket: the seeded ones (if it was seeded) then those added through the API. */
export function ticketComments(store: SandboxStore, ticketId: number): TicketCommentRecord[] {
  const seeded = isSeededTicketId(store, ticketId) ? seededTicketComments(store, ticketId - FIRST_SEEDED_ID.tickets) : [];
  return [...seeded, ...(store.addedComments.get(ticketId) ?? [])];
}

export function makeWorkHours(store: SandboxStore, index: number): WorkHoursRecord {
  const perTicket = store.sizes.workHoursPerTicket;
  const ticketIndex = Math.floor(index / perTicket);
  const position = index % perTicket;
  const skeleton = ticketSkeleton(store, ticketIndex);
  const random = SeededRandom.for(store.seed, 'work-hours', index);
  const technician = store.technicians.get(skeleton.technicianId);
  const durationMinutes = random.pick([15, 30, 45, 60, 90, 120, 180]);
  let start = isoPlusMinutes(skeleton.created, (position + 1) * random.int(30, 720));
  if (Date.parse(start) + durationMinutes * 60_000 > SEED_EPOCH_MS) start = isoOf(SEED_EPOCH_MS - (perTicket - position) * 4 * 60 * 60_000);
  const onSite = random.chance(0.25);
  const rate = store.sizes.rates > 0 ? store.products.get(FIRST_SEEDED_ID.products + ((onSite ? 2 : 0) % store.sizes.rates)) : undefined;
  return {
    WorkHoursID: FIRST_SEEDED_ID.workHours + index,
    TicketID: skeleton.ticketId,
    CustomerID: skeleton.customerId,
    EndUserID: skeleton.endUserId,
    StartWorkHour: start,
    EndWorkHour: isoPlusMinutes(start, durationMinutes),
    TechnicianContactID: skeleton.technicianId,
    TechnicianFullName: technician ? `${technician.FirstName} ${technician.LastName}` : null,
    TechnicianEmail: technician?.Email ?? null,
    Billiable: random.chance(0.75),
    OnCustomerSite: onSite,
    Description: onSite ? 'On-site visit' : random.pick(['Remote troubleshooting', 'Configuration change', 'Follow-up call with the user']),
    RateID: rate?.RateID ?? null,
    RateAmount: rate?.Amount ?? null,
  };
}

/** Ids of a ticket's work hours still in the table: seeded ones first, then those added through the API. */
export function ticketWorkHourIds(store: SandboxStore, ticketId: number): number[] {
  const ids: number[] = [];
  if (isSeededTicketId(store, ticketId)) {
    const first = FIRST_SEEDED_ID.workHours + (ticketId - FIRST_SEEDED_ID.tickets) * store.sizes.workHoursPerTicket;
    for (let position = 0; position < store.sizes.workHoursPerTicket; position++) ids.push(first + position);
  }
  ids.push(...(store.addedWorkHours.get(ticketId) ?? []));
  return ids.filter((id) => store.workHours.has(id));
}

export function ticketWorkHours(store: SandboxStore, ticketId: number): WorkHoursRecord[] {
  return ticketWorkHourIds(store, ticketId).flatMap((id) => store.workHours.get(id) ?? []);
}

/** File links of a ticket's attachments (the API only lists them). */
export function ticketAttachments(store: SandboxStore, ticketId: number): string[] {
  if (!isSeededTicketId(store, ticketId)) return [];
  const random = SeededRandom.for(store.seed, 'ticket-attachments', ticketId);
  const count = random.chance(0.35) ? random.int(1, 2) : 0;
  return Array.from(
    { length: count },
    (_, position) => `https://attachments.atera.example.com/${store.account.AccountID ?? 'account'}/${random.guid()}/${position === 0 ? 'screenshot.png' : 'error-log.txt'}`,
  );
}

const RESPONSE_HOURS: Readonly<Record<string, number>> = { Low: 24, Medium: 8, High: 4, Critical: 1 };

/** When a ticket of a priority must first be answered and closed by (the account's default SLA). */
export function ticketDueDates(created: string, priority: string): Pick<TicketRecord, 'FirstResponseDueDate' | 'ClosedTicketDueDate'> {
  const responseHours = RESPONSE_HOURS[priority] ?? 8;
  return {
    FirstResponseDueDate: isoPlusMinutes(created, responseHours * 60),
    ClosedTicketDueDate: isoPlusMinutes(created, Math.max(responseHours * 12, 48) * 60),
  };
}

/** The contract a seeded customer's tickets are billed against: its first seeded contract, if any. */
function contractIdForCustomer(store: SandboxStore, customerId: number): number | null {
  const customerIndex = customerId - FIRST_SEEDED_ID.customers;
  return customerIndex < store.sizes.contracts && store.contracts.has(FIRST_SEEDED_ID.contracts + customerIndex) ? FIRST_SEEDED_ID.contracts + customerIndex : null;
}

export function makeTicket(store: SandboxStore, index: number): TicketRecord {
  const skeleton = ticketSkeleton(store, index);
  const random = SeededRandom.for(store.seed, 'ticket-details', index);
  const customer = store.customers.get(skeleton.customerId);
  const contact = skeleton.endUserId === null ? undefined : store.contacts.get(skeleton.endUserId);
  const technician = store.technicians.get(skeleton.technicianId);
  const priority = random.pick(TICKET_PRIORITIES);
  const closed = skeleton.status === 'Resolved' || skeleton.status === 'Closed';
  const ticket: TicketRecord = {
    TicketID: skeleton.ticketId,
    TicketTitle: skeleton.title,
    TicketNumber: String(skeleton.ticketId),
    TicketPriority: priority,
    TicketImpact: random.pick(TICKET_IMPACTS),
    TicketStatus: skeleton.status,
    TicketSource: random.pick(TICKET_SOURCES),
    TicketType: random.pick(TICKET_TYPES),
    EndUserID: skeleton.endUserId,
    EndUserEmail: contact?.Email ?? null,
    EndUserFirstName: contact?.Firstname ?? null,
    EndUserLastName: contact?.Lastname ?? null,
    EndUserPhone: contact?.Phone ?? null,
    TicketResolvedDate: null,
    TicketCreatedDate: skeleton.created,
    TechnicianFirstCommentDate: null,
    ...ticketDueDates(skeleton.created, priority),
    ...NO_TICKET_ACTIVITY,
    CustomerID: skeleton.customerId,
    CustomerName: customer?.CustomerName ?? null,
    CustomerBusinessNumber: customer?.BusinessNumber ?? null,
    TechnicianContactID: skeleton.technicianId,
    TechnicianFullName: technician ? `${technician.FirstName} ${technician.LastName}` : null,
    TechnicianEmail: technician?.Email ?? null,
    ContractID: contractIdForCustomer(store, skeleton.customerId),
    RelationType: 'None',
    RelatedTicketId: null,
  };
  const active = withTicketActivity(store, ticket);
  if (!closed) return active;
  const lastActivity = [active.LastEndUserCommentTimestamp, active.LastTechnicianCommentTimestamp, skeleton.created]
    .filter((date): date is string => date !== null)
    .reduce((latest, date) => (date > latest ? date : latest));
  return { ...active, TicketResolvedDate: isoPlusMinutes(lastActivity, 30) };
}
