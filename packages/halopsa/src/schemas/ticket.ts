import { z } from 'zod';
import { haloCustomFieldSchema, haloId, optionalDate, optionalFlag, optionalId, optionalNumber, optionalText } from './record-fields';

/** An asset linked to a ticket (`assets[]` on a ticket, Halo's `Device_List`). */
export const haloLinkedAssetSchema = z.looseObject({
  id: haloId,
  inventory_number: optionalText,
  key_field: optionalText,
});

/** A ticket (Halo's `Faults`, and `Faults_List` in lists). */
export const haloTicketSchema = z.looseObject({
  id: haloId,
  summary: optionalText,
  details: optionalText,
  details_html: optionalText,
  client_id: optionalId,
  client_name: optionalText,
  site_id: optionalId,
  site_name: optionalText,
  user_id: optionalId,
  user_name: optionalText,
  user_email: optionalText,
  reportedby: optionalText,
  agent_id: optionalId,
  /** Often empty even when `agent_id` is set: resolve the name from the agent list. */
  agent_name: optionalText,
  team: optionalText,
  status_id: optionalId,
  status_name: optionalText,
  priority_id: optionalId,
  priority_name: optionalText,
  tickettype_id: optionalId,
  tickettype_name: optionalText,
  sla_id: optionalId,
  impact: optionalNumber,
  urgency: optionalNumber,
  dateoccurred: optionalDate,
  /** Usually never filled: `dateoccurred` is the date a ticket was raised. */
  datecreated: optionalDate,
  last_update: optionalDate,
  lastactiondate: optionalDate,
  dateclosed: optionalDate,
  hasbeenclosed: optionalFlag,
  /** May be the placeholder `1900-01-01T00:00:00`, meaning no target. */
  targetdate: optionalDate,
  fixbydate: optionalDate,
  respondbydate: optionalDate,
  deadlinedate: optionalDate,
  onhold: optionalFlag,
  inactive: optionalFlag,
  contract_id: optionalId,
  parent_id: optionalId,
  inventory_number: optionalText,
  assets: z.array(haloLinkedAssetSchema).nullish(),
  customfields: z.array(haloCustomFieldSchema).nullish(),
});
export type HaloTicket = z.output<typeof haloTicketSchema>;

/**
 * A ticket action: a note, an email, a status change or a time entry. Its `id` is a sequence
 * within its ticket, so `(ticket_id, id)` is the key: two tickets both have an action 1.
 */
export const haloActionSchema = z.looseObject({
  id: haloId,
  ticket_id: haloId,
  outcome: optionalText,
  outcome_id: optionalId,
  who: optionalText,
  who_type: optionalNumber,
  who_agentid: optionalId,
  actionby_agent_id: optionalId,
  datetime: optionalDate,
  actiondatecreated: optionalDate,
  last_updated: optionalDate,
  note: optionalText,
  note_html: optionalText,
  emailfrom: optionalText,
  emailto: optionalText,
  emailsubject: optionalText,
  hiddenfromuser: optionalFlag,
  important: optionalFlag,
  timetaken: optionalNumber,
  new_status: optionalId,
  new_status_name: optionalText,
  sendemail: optionalFlag,
});
export type HaloAction = z.output<typeof haloActionSchema>;

/** The key that identifies an action across tickets: `ticketId:actionId`. */
export function actionKey(action: Pick<HaloAction, 'ticket_id' | 'id'>): string {
  return `${action.ticket_id}:${action.id}`;
}
