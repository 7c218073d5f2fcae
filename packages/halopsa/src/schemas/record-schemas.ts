import type { z } from 'zod';
import type { HaloRecordName } from '../routes/halo-route';
import { type HaloAsset, haloAssetSchema } from './asset';
import { type HaloPriority, type HaloStatus, type HaloTicketType, haloPrioritySchema, haloStatusSchema, haloTicketTypeSchema } from './lookups';
import {
  type HaloAgent,
  type HaloClient,
  type HaloContract,
  type HaloSite,
  type HaloUser,
  haloAgentSchema,
  haloClientSchema,
  haloContractSchema,
  haloSiteSchema,
  haloUserSchema,
} from './organisation';
import { type HaloAction, type HaloTicket, haloActionSchema, haloTicketSchema } from './ticket';

/** The record type behind each name routes use. */
export interface HaloRecordTypes {
  ticket: HaloTicket;
  action: HaloAction;
  client: HaloClient;
  site: HaloSite;
  asset: HaloAsset;
  user: HaloUser;
  agent: HaloAgent;
  status: HaloStatus;
  priority: HaloPriority;
  ticketType: HaloTicketType;
  contract: HaloContract;
}

/** The schema behind each record name: responses are checked against these. */
export const haloRecordSchemas: { readonly [Name in HaloRecordName]: z.ZodType<HaloRecordTypes[Name]> } = {
  ticket: haloTicketSchema,
  action: haloActionSchema,
  client: haloClientSchema,
  site: haloSiteSchema,
  asset: haloAssetSchema,
  user: haloUserSchema,
  agent: haloAgentSchema,
  status: haloStatusSchema,
  priority: haloPrioritySchema,
  ticketType: haloTicketTypeSchema,
  contract: haloContractSchema,
};
