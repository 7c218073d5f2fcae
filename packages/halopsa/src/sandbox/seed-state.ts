import { mulberry32 } from '@psagate/core/sandbox-kit';
import type { HaloAssetField } from '../schemas/asset';
import type { HaloAction, HaloTicket } from '../schemas/ticket';
import { HALO_NO_DATE, type HaloSandboxState, SANDBOX_CLOSED_STATUSES, SANDBOX_STATUS, SANDBOX_TICKET_TYPE } from './sandbox-records';

/** How much data a sandbox is seeded with. */
export interface HaloSandboxSizes {
  readonly clients?: number | undefined;
  readonly tickets?: number | undefined;
  /** Tickets of the alert ticket type, on top of `tickets`. */
  readonly alerts?: number | undefined;
  readonly assets?: number | undefined;
  readonly usersPerClient?: number | undefined;
  /** Most actions a seeded ticket has (ids 1..n within each ticket). */
  readonly actionsPerTicket?: number | undefined;
}

const EPOCH = Date.UTC(2026, 0, 5, 9, 0, 0);

/** A Halo date as the API writes it: ISO 8601 without an offset (UTC). */
export function haloDate(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 19);
}

const at = (minutes: number): string => haloDate(EPOCH + minutes * 60_000);

const COMPANY_NAMES = ['Acme Dental', 'Borealis Freight', 'Cobalt Legal', 'Driftwood Hotels', 'Evergreen Clinics', 'Fjord Architects', 'Granite Insurance', 'Harbor Schools'];
const TICKET_SUBJECTS = ['Printer offline', 'Password reset', 'VPN drops every hour', 'New starter laptop', 'Outlook keeps asking for a password', 'Shared drive is slow', 'Phone system no dial tone', 'Backup job failed'];
const ALERT_SUBJECTS = ['Disk C: below 10% free', 'CPU above 95% for 15 minutes', 'Backup agent offline', 'Antivirus definitions out of date'];
const NOTES = ['Called the user, investigating.', 'Rebooted the device.', 'Waiting for the user to confirm.', 'Escalated to second line.'];
const AGENT_NAMES = ['Alice Admin', 'Bob Tech', 'Carol Tech', 'Dan Dispatcher'];
/** Tenants name asset fields their own way: both spellings are seeded. */
const FIELD_NAMES = [
  { os: 'Operating System', serial: 'Serial Number', ip: 'IP Address' },
  { os: 'OS', serial: 'Serial No', ip: 'IP' },
];

/**
 * Seeds a deterministic Halo instance: reference lists, clients with sites, users and contracts,
 * assets with type-specific fields, tickets (some with Halo's quirks: an empty `agent_name`, no
 * `datecreated`, a 1900 `targetdate`) and per-ticket numbered actions.
 */
export function seedState(sizes: HaloSandboxSizes = {}, seed = 1): HaloSandboxState {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const clientCount = sizes.clients ?? 6;
  const state: HaloSandboxState = {
    statuses: [
      { id: SANDBOX_STATUS.new, name: 'New', shortname: 'NEW', type: 0, sequence: 1 },
      { id: SANDBOX_STATUS.inProgress, name: 'In Progress', shortname: 'INP', type: 0, sequence: 2 },
      { id: SANDBOX_STATUS.waitingOnCustomer, name: 'Waiting on Customer', shortname: 'WOC', type: 0, sequence: 3 },
      { id: SANDBOX_STATUS.onHold, name: 'On Hold', shortname: 'HLD', type: 0, sequence: 4 },
      { id: SANDBOX_STATUS.scheduled, name: 'Scheduled', shortname: 'SCH', type: 0, sequence: 5 },
      { id: SANDBOX_STATUS.resolved, name: 'Resolved', shortname: 'RES', type: 1, sequence: 8 },
      { id: SANDBOX_STATUS.closed, name: 'Closed', shortname: 'CLO', type: 1, sequence: 9 },
    ],
    // One row per priority and SLA: the same priority id appears once for each SLA.
    priorities: [1, 2].flatMap((slaid) =>
      (['Critical', 'High', 'Medium', 'Low'] as const).map((name, index) => ({
        id: `${slaid}-${index + 1}`,
        priorityid: index + 1,
        slaid,
        name,
        fixtime: [4, 8, 24, 72][index] as number,
        responsetime: [1, 2, 4, 8][index] as number,
      })),
    ),
    ticketTypes: [
      { id: SANDBOX_TICKET_TYPE.incident, name: 'Incident', sequence: 1 },
      { id: SANDBOX_TICKET_TYPE.serviceRequest, name: 'Service Request', sequence: 2 },
      { id: SANDBOX_TICKET_TYPE.alert, name: 'Alert', sequence: 3 },
    ],
    agents: AGENT_NAMES.map((name, index) => ({
      id: index + 1,
      name,
      email: `${name.split(' ')[0]?.toLowerCase() ?? 'agent'}@msp.example`,
      team: index < 3 ? 'Service Desk' : 'Dispatch',
    })),
    clients: [],
    sites: [],
    users: [],
    contracts: [],
    assets: [],
    tickets: [],
    actions: [],
  };

  for (let index = 0; index < clientCount; index++) {
    const id = 10 + index;
    const name = COMPANY_NAMES[index % COMPANY_NAMES.length] + (index >= COMPANY_NAMES.length ? ` ${Math.floor(index / COMPANY_NAMES.length) + 1}` : '');
    const domain = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.example`;
    const siteId = 100 + index;
    state.clients.push({ id, name, inactive: false, main_site_id: siteId, main_site_name: 'Main', website: `https://www.${domain}`, datecreated: at(-10_000 + index), toplevel_id: 1, toplevel_name: 'Customers' });
    state.sites.push({ id: siteId, name: 'Main', client_id: id, client_name: name, clientsite_name: `${name} / Main`, inactive: false, phonenumber: `+44 20 7946 0${String(index).padStart(3, '0')}`, timezone: 'GMT Standard Time', delivery_address: { line1: `${index + 1} High Street`, line2: 'London', postcode: `EC1A ${index}AA`, country: 'United Kingdom' } });
    for (let user = 0; user < (sizes.usersPerClient ?? 2); user++) {
      const userId = 1_000 + index * 10 + user;
      const firstname = ['Sam', 'Jo', 'Alex', 'Priya'][user % 4] as string;
      state.users.push({ id: userId, name: `${firstname} ${name.split(' ')[0]}`, firstname, surname: name.split(' ')[0], emailaddress: `${firstname.toLowerCase()}@${domain}`, site_id: siteId, site_name: 'Main', client_id: id, client_name: name, inactive: false, datecreated: at(-9_000 + userId) });
    }
    state.contracts.push({ id: 500 + index, client_id: id, client_name: name, site_id: siteId, ref: `MSA-${2026}-${String(index + 1).padStart(3, '0')}`, start_date: at(-20_000), end_date: at(500_000), expired: false, active: true, contract_status: 'Active', periodchargeamount: 450 + index * 50, billingperiod: 1, note: 'Managed services agreement' });
  }

  const assetCount = sizes.assets ?? 12;
  for (let index = 0; index < assetCount; index++) {
    const client = state.clients[index % state.clients.length];
    const names = FIELD_NAMES[index % FIELD_NAMES.length] as (typeof FIELD_NAMES)[number];
    const fields: HaloAssetField[] = [
      { id: 1, name: names.os, value: index % 3 === 0 ? 'Windows Server 2022' : 'Windows 11 Pro' },
      { id: 2, name: names.serial, value: `SN${String(7_000_000 + index * 137)}` },
      { id: 3, name: names.ip, value: `10.0.${index % 4}.${20 + index}` },
    ];
    state.assets.push({
      id: 2_000 + index,
      inventory_number: `AST-${String(index + 1).padStart(4, '0')}`,
      key_field: `${index % 3 === 0 ? 'SRV' : 'WS'}-${String(index + 1).padStart(3, '0')}`,
      client_id: client?.id ?? null,
      client_name: client?.name ?? null,
      site_id: client?.main_site_id ?? null,
      site_name: 'Main',
      assettype_id: index % 3 === 0 ? 2 : 1,
      assettype_name: index % 3 === 0 ? 'Server' : 'Workstation',
      status_id: 1,
      status_name: 'Active',
      inactive: false,
      last_modified: at(-500 + index),
      os_override: null,
      fields,
    });
  }

  const ticketCount = sizes.tickets ?? 30;
  const alertCount = sizes.alerts ?? 6;
  const openStatuses = [SANDBOX_STATUS.new, SANDBOX_STATUS.inProgress, SANDBOX_STATUS.waitingOnCustomer, SANDBOX_STATUS.onHold, SANDBOX_STATUS.scheduled];
  for (let index = 0; index < ticketCount + alertCount; index++) {
    const isAlert = index >= ticketCount;
    const client = state.clients[index % state.clients.length];
    const user = state.users.find((candidate) => candidate.client_id === client?.id);
    const asset = state.assets.find((candidate) => candidate.client_id === client?.id);
    const statusId = index % 5 === 4 ? pick(SANDBOX_CLOSED_STATUSES) : pick(openStatuses);
    const agent = index % 4 === 3 ? undefined : pick(state.agents);
    const opened = -5_000 + index * 37;
    const closed = SANDBOX_CLOSED_STATUSES.includes(statusId);
    const ticket: HaloTicket = {
      id: 3_000 + index,
      summary: isAlert ? `${pick(ALERT_SUBJECTS)} on ${asset?.key_field ?? 'a device'}` : pick(TICKET_SUBJECTS),
      details: isAlert ? 'Raised by the RMM integration.' : `Reported by ${user?.name ?? 'a user'}.`,
      client_id: client?.id ?? null,
      client_name: client?.name ?? null,
      site_id: client?.main_site_id ?? null,
      site_name: 'Main',
      user_id: user?.id ?? null,
      user_name: user?.name ?? null,
      user_email: user?.emailaddress ?? null,
      agent_id: agent?.id ?? 0,
      // Halo leaves these empty: the agent's name comes from the agent list, the date from dateoccurred.
      agent_name: '',
      datecreated: null,
      team: agent?.team ?? null,
      status_id: statusId,
      priority_id: (index % 4) + 1,
      tickettype_id: isAlert ? SANDBOX_TICKET_TYPE.alert : index % 3 === 0 ? SANDBOX_TICKET_TYPE.serviceRequest : SANDBOX_TICKET_TYPE.incident,
      sla_id: 1,
      dateoccurred: at(opened),
      last_update: at(opened + 90),
      lastactiondate: at(opened + 90),
      dateclosed: closed ? at(opened + 600) : HALO_NO_DATE,
      hasbeenclosed: closed,
      targetdate: index % 2 === 0 ? HALO_NO_DATE : at(opened + 1_440),
      fixbydate: at(opened + 2_880),
      onhold: statusId === SANDBOX_STATUS.onHold,
      inactive: false,
      assets: asset ? [{ id: asset.id, inventory_number: asset.inventory_number, key_field: asset.key_field }] : [],
    };
    state.tickets.push(ticket);
    const actionCount = 1 + Math.floor(random() * (sizes.actionsPerTicket ?? 3));
    for (let number = 1; number <= actionCount; number++) state.actions.push(seedAction(ticket, number, pick(NOTES), opened + number * 15, pick(state.agents).name ?? 'Agent'));
  }
  return state;
}

function seedAction(ticket: HaloTicket, id: number, note: string, minutes: number, who: string): HaloAction {
  return {
    id,
    ticket_id: ticket.id,
    outcome: 'Note',
    outcome_id: 1,
    who,
    who_type: 1,
    datetime: at(minutes),
    actiondatecreated: at(minutes),
    note,
    note_html: `<p>${note}</p>`,
    hiddenfromuser: id % 2 === 0,
    important: false,
    timetaken: 0.25,
  };
}
