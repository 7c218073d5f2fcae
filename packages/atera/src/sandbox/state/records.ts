import type {
  AccountInfoResponse,
  AgentDto,
  AlertDto,
  ContactDto,
  ContractDto,
  CustomFieldDto,
  CustomValueDto,
  CustomerDto,
  DepartmentDto,
  GenericDeviceDto,
  HttpDeviceDto,
  InvoiceDto,
  KnowledgeBaseDto,
  RateDto,
  SnmpDeviceDto,
  TcpDeviceDto,
  TicketCommentDto,
  TicketDto,
} from '../../generated/schemas';
import type { Complete } from './complete';

/** Records as the sandbox stores and serves them: the spec's DTOs, every property present. */
export type AccountRecord = Complete<AccountInfoResponse>;
export type AgentRecord = Complete<AgentDto>;
export type AlertRecord = Complete<AlertDto>;
export type ContactRecord = Complete<ContactDto>;
export type ContractRecord = Complete<ContractDto>;
export type CustomFieldRecord = Complete<CustomFieldDto>;
export type CustomValueRecord = Complete<CustomValueDto>;
export type CustomerRecord = Complete<CustomerDto>;
export type DepartmentRecord = Complete<DepartmentDto>;
export type GenericDeviceRecord = Complete<GenericDeviceDto>;
export type HttpDeviceRecord = Complete<HttpDeviceDto>;
export type InvoiceRecord = Complete<InvoiceDto>;
export type KnowledgeBaseRecord = Complete<KnowledgeBaseDto>;
export type RateRecord = Complete<RateDto>;
export type SnmpDeviceRecord = Complete<SnmpDeviceDto>;
export type TcpDeviceRecord = Complete<TcpDeviceDto>;
export type TicketRecord = Complete<TicketDto>;
export type TicketCommentRecord = Complete<TicketCommentDto>;

/** One block of work on a ticket; served as `TicketWorkHoursDto` and as `WorkhourRecordDto`. */
export interface WorkHoursRecord {
  readonly WorkHoursID: number;
  readonly TicketID: number;
  readonly CustomerID: number;
  readonly EndUserID: number | null;
  readonly StartWorkHour: string;
  readonly EndWorkHour: string;
  readonly TechnicianContactID: number | null;
  readonly TechnicianFullName: string | null;
  readonly TechnicianEmail: string | null;
  readonly Billiable: boolean;
  readonly OnCustomerSite: boolean;
  readonly Description: string | null;
  readonly RateID: number | null;
  readonly RateAmount: number | null;
}

/** A customer folder (agents and devices live in one); the API only creates them. */
export interface FolderRecord {
  readonly FolderID: number;
  readonly Name: string | null;
  readonly CustomerID: number;
  readonly ThresholdID: number | null;
}

/** A file attached to a customer; the API only creates them. */
export interface CustomerAttachmentRecord {
  readonly AttachmentID: number;
  readonly CustomerID: number;
  readonly Name: string | null;
  readonly ContentBase64: string | null;
}

/** A service level agreement: only addressable through its custom values. */
export interface SlaRecord {
  readonly SLAID: number;
  readonly Name: string;
}

/** A technician of the account (ticket assignees, comment authors, work hours). */
export interface TechnicianRecord {
  readonly TechnicianContactID: number;
  readonly FirstName: string;
  readonly LastName: string;
  readonly Email: string;
}
