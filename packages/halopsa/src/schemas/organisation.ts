import { z } from 'zod';
import { haloCustomFieldSchema, haloId, optionalDate, optionalFlag, optionalId, optionalNumber, optionalText } from './record-fields';

/** A client (Halo's `Area`): the customer an MSP serves. */
export const haloClientSchema = z.looseObject({
  id: haloId,
  name: optionalText,
  inactive: optionalFlag,
  toplevel_id: optionalId,
  toplevel_name: optionalText,
  main_site_id: optionalId,
  main_site_name: optionalText,
  website: optionalText,
  notes: optionalText,
  colour: optionalText,
  is_vip: optionalFlag,
  datecreated: optionalDate,
  accountsid: optionalText,
  customfields: z.array(haloCustomFieldSchema).nullish(),
});
export type HaloClient = z.output<typeof haloClientSchema>;

/** A postal address (`AddressStore`). */
export const haloAddressSchema = z.looseObject({
  line1: optionalText,
  line2: optionalText,
  line3: optionalText,
  line4: optionalText,
  postcode: optionalText,
  country: optionalText,
});

/** A site of a client. `client_id` is declared as a double in Halo's document; it holds an integer. */
export const haloSiteSchema = z.looseObject({
  id: haloId,
  name: optionalText,
  client_id: optionalNumber,
  client_name: optionalText,
  clientsite_name: optionalText,
  inactive: optionalFlag,
  phonenumber: optionalText,
  timezone: optionalText,
  maincontact_id: optionalId,
  maincontact_name: optionalText,
  delivery_address: haloAddressSchema.nullish(),
  invoice_address: haloAddressSchema.nullish(),
  notes: optionalText,
});
export type HaloSite = z.output<typeof haloSiteSchema>;

/** An end user: a contact at a client (Halo's `Users`). */
export const haloUserSchema = z.looseObject({
  id: haloId,
  name: optionalText,
  firstname: optionalText,
  surname: optionalText,
  emailaddress: optionalText,
  phonenumber: optionalText,
  mobilenumber: optionalText,
  site_id: optionalNumber,
  site_name: optionalText,
  client_id: optionalId,
  client_name: optionalText,
  inactive: optionalFlag,
  isimportantcontact: optionalFlag,
  title: optionalText,
  login: optionalText,
  datecreated: optionalDate,
});
export type HaloUser = z.output<typeof haloUserSchema>;

/** An agent: a technician (Halo's `Uname`). */
export const haloAgentSchema = z.looseObject({
  id: haloId,
  name: optionalText,
  email: optionalText,
  firstname: optionalText,
  surname: optionalText,
  team: optionalText,
  isdisabled: optionalFlag,
});
export type HaloAgent = z.output<typeof haloAgentSchema>;

/** A client contract (`ContractHeader`). */
export const haloContractSchema = z.looseObject({
  id: haloId,
  client_id: optionalId,
  client_name: optionalText,
  site_id: optionalId,
  ref: optionalText,
  start_date: optionalDate,
  end_date: optionalDate,
  expired: optionalFlag,
  active: optionalFlag,
  status: optionalNumber,
  contract_status: optionalText,
  sla_id: optionalId,
  periodchargeamount: optionalNumber,
  billingperiod: optionalNumber,
  note: optionalText,
  last_modified: optionalDate,
});
export type HaloContract = z.output<typeof haloContractSchema>;
