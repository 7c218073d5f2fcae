import type { CustomValueStore } from './custom-value-store';
import type { RecordTable } from './record-table';
import type {
  AccountRecord,
  AgentRecord,
  AlertRecord,
  ContactRecord,
  ContractRecord,
  CustomFieldRecord,
  CustomerAttachmentRecord,
  CustomerRecord,
  DepartmentRecord,
  FolderRecord,
  GenericDeviceRecord,
  HttpDeviceRecord,
  InvoiceRecord,
  KnowledgeBaseRecord,
  RateRecord,
  SlaRecord,
  SnmpDeviceRecord,
  TcpDeviceRecord,
  TechnicianRecord,
  TicketCommentRecord,
  TicketRecord,
  WorkHoursRecord,
} from './records';
import type { AteraSandboxSizes } from './sandbox-sizes';

/**
 * Everything the sandbox knows, writable: what the operation handlers work on. Tests and benchmarks
 * see it through the read-only `AteraSandboxState`.
 */
export interface SandboxStore {
  readonly seed: number;
  readonly sizes: AteraSandboxSizes;
  /** Milliseconds since the epoch, for the dates writes stamp on records. */
  readonly now: () => number;
  readonly account: AccountRecord;
  readonly customers: RecordTable<CustomerRecord>;
  readonly folders: RecordTable<FolderRecord>;
  readonly customerAttachments: RecordTable<CustomerAttachmentRecord>;
  readonly contacts: RecordTable<ContactRecord>;
  readonly departments: RecordTable<DepartmentRecord>;
  readonly technicians: RecordTable<TechnicianRecord>;
  readonly slas: RecordTable<SlaRecord>;
  readonly agents: RecordTable<AgentRecord>;
  readonly alerts: RecordTable<AlertRecord>;
  readonly tickets: RecordTable<TicketRecord>;
  /** Comments added through the API, by ticket id (seeded ones are made from the ticket's position). */
  readonly addedComments: Map<number, TicketCommentRecord[]>;
  /** When a ticket was last written through the API, by ticket id. */
  readonly ticketModified: Map<number, string>;
  readonly workHours: RecordTable<WorkHoursRecord>;
  /** Work hours added through the API, by ticket id. */
  readonly addedWorkHours: Map<number, number[]>;
  readonly contracts: RecordTable<ContractRecord>;
  readonly products: RecordTable<RateRecord>;
  readonly expenses: RecordTable<RateRecord>;
  /** By `InvoiceNumber`. */
  readonly invoices: RecordTable<InvoiceRecord>;
  readonly knowledgeBase: RecordTable<KnowledgeBaseRecord>;
  readonly snmpDevices: RecordTable<SnmpDeviceRecord>;
  readonly tcpDevices: RecordTable<TcpDeviceRecord>;
  readonly httpDevices: RecordTable<HttpDeviceRecord>;
  readonly genericDevices: RecordTable<GenericDeviceRecord>;
  readonly customFields: readonly CustomFieldRecord[];
  readonly customValues: CustomValueStore;
}
