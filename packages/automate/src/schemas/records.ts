import { z } from 'zod';

/**
 * Automate's records, as the OpenAPI document describes them. Schemas are loose (unknown fields are
 * kept) and every field is optional: servers leave out what `includedFields` did not ask for.
 * Ids are declared as strings on some models and int32 on others, and servers send numbers where
 * the document says strings: every id accepts both.
 */
export const automateId = z.union([z.int(), z.string()]);
export type AutomateId = z.output<typeof automateId>;

const text = z.string().nullable().optional();
const dateTime = z.string().nullable().optional();
const flag = z.boolean().nullable().optional();
const int = z.number().nullable().optional();
const id = automateId.nullable().optional();

/** `{ Id, Name }` references to other records. */
export const automateReference = z.looseObject({ Id: id, Name: text });
export type AutomateReference = z.output<typeof automateReference>;

/** The postal address and phone fields clients and locations share. */
const postalAddress = {
  Address1: text,
  Address2: text,
  City: text,
  State: text,
  ZipCode: text,
  Country: text,
  PhoneNumber: text,
  FaxNumber: text,
};

export const automateClientRecord = z.looseObject({
  Id: id,
  Name: text,
  Company: text,
  FirstName: text,
  LastName: text,
  ...postalAddress,
  Comment: text,
  ExternalId: z.union([z.string(), z.number()]).nullable().optional(),
  Locations: z.array(z.looseObject({ Id: id, Name: text })).nullable().optional(),
});
export type AutomateClientRecord = z.output<typeof automateClientRecord>;

export const automateLocation = z.looseObject({
  Id: id,
  LocationId: id,
  Name: text,
  Client: automateReference.nullable().optional(),
  ...postalAddress,
  Comments: text,
  ProbeId: int,
  ExternalId: int,
});
export type AutomateLocation = z.output<typeof automateLocation>;

export const automateComputer = z.looseObject({
  Id: id,
  ComputerName: text,
  FriendlyName: text,
  Client: automateReference.nullable().optional(),
  Location: automateReference.nullable().optional(),
  Type: text,
  Status: text,
  OperatingSystemName: text,
  OperatingSystemVersion: text,
  DomainName: text,
  LocalIPAddress: text,
  GatewayIPAddress: text,
  MACAddress: text,
  SerialNumber: text,
  AssetTag: text,
  LastUserName: text,
  RemoteAgentVersion: text,
  RemoteAgentLastContact: dateTime,
  RemoteAgentLastInventory: dateTime,
  LastHeartbeat: dateTime,
  DateAdded: dateTime,
  IsVirtualMachine: flag,
  IsMaintenanceModeEnabled: flag,
  IsRebootNeeded: flag,
  TotalMemory: int,
  FreeMemory: int,
  Comment: text,
});
export type AutomateComputer = z.output<typeof automateComputer>;

export const automateOperatingSystem = z.looseObject({
  ComputerId: id,
  Name: text,
  Version: text,
  MajorVersion: int,
  MinorVersion: int,
  ServicePack: text,
  Edition: text,
  Is64Bit: flag,
  IsServer: flag,
  IsDomainController: flag,
  Domain: text,
  InstallDate: dateTime,
  DateUpdated: dateTime,
  ReleaseId: int,
});
export type AutomateOperatingSystem = z.output<typeof automateOperatingSystem>;

export const automateContact = z.looseObject({
  ContactId: id,
  FirstName: text,
  LastName: text,
  EmailAddress: text,
  PhoneNumber: text,
  MobileNumber: text,
  Client: z.looseObject({ Id: id, ClientId: id, Name: text }).nullable().optional(),
  Location: z.looseObject({ Id: id, LocationId: id, Name: text }).nullable().optional(),
  IsManaged: flag,
  IsActivated: flag,
  DateCreated: dateTime,
  LastUpdateDate: dateTime,
});
export type AutomateContact = z.output<typeof automateContact>;

export const automateUser = z.looseObject({
  UserId: id,
  Name: text,
  FirstName: text,
  LastName: text,
  EmailAddress: text,
  IsIntegrator: flag,
  IsLocked: flag,
  LastSuccessfulLogin: dateTime,
  LastUpdated: dateTime,
});
export type AutomateUser = z.output<typeof automateUser>;

export const automateAlert = z.looseObject({
  AlertId: id,
  Client: automateReference.nullable().optional(),
  Computer: z.looseObject({ Id: id, Name: text, ComputerStatus: text }).nullable().optional(),
  Device: automateReference.nullable().optional(),
  Location: automateReference.nullable().optional(),
  Monitor: automateReference.nullable().optional(),
  AlertDate: dateTime,
  Severity: automateReference.nullable().optional(),
  Source: text,
  Message: text,
  FieldName: text,
  AlertAge: text,
});
export type AutomateAlert = z.output<typeof automateAlert>;

export const automateTicketComment = z.looseObject({
  Id: id,
  Body: text,
  CreatedDate: dateTime,
  From: text,
  User: z.looseObject({ UserId: id, Name: text, EmailAddress: text }).nullable().optional(),
});
export type AutomateTicketComment = z.output<typeof automateTicketComment>;

export const automateTicket = z.looseObject({
  TicketId: id,
  Subject: text,
  Status: automateReference.nullable().optional(),
  Priority: automateReference.nullable().optional(),
  Client: automateReference.nullable().optional(),
  Location: automateReference.nullable().optional(),
  Computer: z.looseObject({ Id: id, ComputerName: text, Name: text }).nullable().optional(),
  User: z.looseObject({ UserId: id, Name: text, EmailAddress: text }).nullable().optional(),
  From: text,
  CC: text,
  StartDate: dateTime,
  ContactDate: dateTime,
  UpdateDate: dateTime,
  DueDate: dateTime,
  SupportLevel: int,
  CategoryId: int,
  CategoryName: text,
  MonitorId: int,
  ExternalId: int,
  Guid: text,
  Comments: z.array(automateTicketComment).nullable().optional(),
});
export type AutomateTicket = z.output<typeof automateTicket>;

export const automateScript = z.looseObject({
  Id: id,
  Name: text,
  Comments: text,
  Folder: z.looseObject({ Id: id, Name: text }).nullable().optional(),
  FullFolderPath: text,
  IsComputerScript: flag,
  IsLocationScript: flag,
  IsOffline: flag,
  Version: int,
  GUID: text,
  Parameters: z.array(z.string()).nullable().optional(),
  UpdateDate: dateTime,
  UpdatedBy: text,
});
export type AutomateScript = z.output<typeof automateScript>;

export const automateScheduledScript = z.looseObject({
  Id: id,
  ScriptId: id,
  ComputerId: id,
  ClientId: id,
  LocationId: id,
  Parameters: text,
  Priority: int,
  SkipOffline: flag,
  WakeOffline: flag,
  EffectiveStartDate: dateTime,
  NextRun: dateTime,
  User: text,
});
export type AutomateScheduledScript = z.output<typeof automateScheduledScript>;

export const automateScriptHistory = z.looseObject({
  Id: id,
  ScriptId: id,
  ComputerId: id,
  Name: text,
  User: text,
  /** `Running` or `Completed`. */
  Status: text,
  /** `Failure`, `Information` or `Success`. */
  State: text,
  HistoryDate: dateTime,
  DiagnosticMessage: text,
});
export type AutomateScriptHistory = z.output<typeof automateScriptHistory>;

export const automateBatchScriptResponse = z.looseObject({
  ScriptResults: z
    .array(
      z.looseObject({
        EntityId: id,
        ResultDetails: z.looseObject({ ResultStatus: int, ReasonCode: int, Message: text }).nullable().optional(),
      }),
    )
    .nullable()
    .optional(),
  ContainsUnsuccessfulResults: flag,
});
export type AutomateBatchScriptResponse = z.output<typeof automateBatchScriptResponse>;
