import { CustomValueStore } from './custom-value-store';
import { type CustomFieldTarget, SANDBOX_CUSTOM_FIELDS } from './custom-fields';
import { type ReadonlyRecordTable, RecordTable, type SeededRows } from './record-table';
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
  GenericDeviceRecord,
  HttpDeviceRecord,
  InvoiceRecord,
  KnowledgeBaseRecord,
  RateRecord,
  SnmpDeviceRecord,
  TcpDeviceRecord,
  TicketRecord,
  WorkHoursRecord,
} from './records';
import { type AteraSandboxSizes, resolveSandboxSizes } from './sandbox-sizes';
import type { SandboxStore } from './sandbox-store';
import { makeAgent } from './seed-agents';
import { makeAlert } from './seed-alerts';
import { makeContract, makeExpense, makeInvoice, makeProduct } from './seed-billing';
import { makeCustomer, makeFolder } from './seed-customers';
import { makeGenericDevice, makeHttpDevice, makeKnowledgeBaseArticle, makeSnmpDevice, makeTcpDevice } from './seed-devices';
import { makeAccount, makeContact, makeDepartment, makeSla, makeTechnician } from './seed-directory';
import { FIRST_SEEDED_ID } from './seed-ids';
import { makeTicket, makeWorkHours } from './seed-tickets';

export type { AteraSandboxSizes } from './sandbox-sizes';

/**
 * What a sandbox holds, read-only: tests and benchmarks inspect it, only the operation handlers
 * change it. Seeded records are made on demand from their position, so a table of 100,000 agents
 * costs an array of ids until it is read.
 */
export interface AteraSandboxState {
  readonly seed: number;
  readonly sizes: AteraSandboxSizes;
  readonly account: AccountRecord;
  readonly customers: ReadonlyRecordTable<CustomerRecord>;
  readonly contacts: ReadonlyRecordTable<ContactRecord>;
  readonly agents: ReadonlyRecordTable<AgentRecord>;
  readonly alerts: ReadonlyRecordTable<AlertRecord>;
  readonly tickets: ReadonlyRecordTable<TicketRecord>;
  readonly workHours: ReadonlyRecordTable<WorkHoursRecord>;
  readonly contracts: ReadonlyRecordTable<ContractRecord>;
  readonly departments: ReadonlyRecordTable<DepartmentRecord>;
  readonly products: ReadonlyRecordTable<RateRecord>;
  readonly expenses: ReadonlyRecordTable<RateRecord>;
  /** By `InvoiceNumber`. */
  readonly invoices: ReadonlyRecordTable<InvoiceRecord>;
  readonly knowledgeBase: ReadonlyRecordTable<KnowledgeBaseRecord>;
  readonly snmpDevices: ReadonlyRecordTable<SnmpDeviceRecord>;
  readonly tcpDevices: ReadonlyRecordTable<TcpDeviceRecord>;
  readonly httpDevices: ReadonlyRecordTable<HttpDeviceRecord>;
  readonly genericDevices: ReadonlyRecordTable<GenericDeviceRecord>;
  readonly customFields: readonly CustomFieldRecord[];
  /** Live ids in list order. */
  readonly customerIds: readonly number[];
  readonly agentIds: readonly number[];
  readonly ticketIds: readonly number[];
  readonly alertIds: readonly number[];
  readonly contactIds: readonly number[];
}

export interface CreateSandboxStateOptions {
  readonly seed: number;
  readonly size?: Partial<AteraSandboxSizes> | undefined;
  /** Milliseconds since the epoch, stamped on what writes create or change (default: the system clock). */
  readonly now?: (() => number) | undefined;
}

const stores = new WeakMap<AteraSandboxState, SandboxStore>();

/** For kinds the sandbox starts without: never called, as such a table has no seeded rows. */
function noSeededRows(): never {
  throw new RangeError('This table has no seeded records.');
}

/** The same seed and sizes always give the same records. */
export function createSandboxState(options: CreateSandboxStateOptions): AteraSandboxState {
  if (!Number.isSafeInteger(options.seed)) throw new RangeError(`Atera sandbox seed must be an integer, got ${String(options.seed)}.`);
  const sizes = resolveSandboxSizes(options.size);
  const seed = options.seed;
  // Tables are built before the store exists; their rows read it (and each other) only when made.
  const rows = <T>(count: number, firstId: number, make: (store: SandboxStore, index: number) => T): SeededRows<T> => ({
    count,
    firstId,
    make: (index) => make(built, index),
  });
  const table = <T>(count: number, firstId: number, make: (store: SandboxStore, index: number) => T): RecordTable<T> => new RecordTable(rows(count, firstId, make));
  const itemTables: Record<CustomFieldTarget, () => ReadonlyRecordTable<unknown>> = {
    Customer: () => built.customers,
    Ticket: () => built.tickets,
    Contact: () => built.contacts,
    Contract: () => built.contracts,
    SLA: () => built.slas,
    Agent: () => built.agents,
    SNMPDevice: () => built.snmpDevices,
    TCPDevice: () => built.tcpDevices,
    HTTPDevice: () => built.httpDevices,
    GenericDevice: () => built.genericDevices,
  };
  const built: SandboxStore = {
    seed,
    sizes,
    now: options.now ?? Date.now,
    account: makeAccount(seed),
    customers: table(sizes.customers, FIRST_SEEDED_ID.customers, makeCustomer),
    folders: table(sizes.customers, FIRST_SEEDED_ID.folders, makeFolder),
    customerAttachments: new RecordTable<CustomerAttachmentRecord>({ count: 0, firstId: FIRST_SEEDED_ID.customerAttachments, make: noSeededRows }),
    contacts: table(sizes.contacts, FIRST_SEEDED_ID.contacts, makeContact),
    departments: table(sizes.departments, FIRST_SEEDED_ID.departments, makeDepartment),
    technicians: table(sizes.technicians, FIRST_SEEDED_ID.technicians, makeTechnician),
    slas: table(sizes.slas, FIRST_SEEDED_ID.slas, makeSla),
    agents: table(sizes.agents, FIRST_SEEDED_ID.agents, makeAgent),
    alerts: table(sizes.alerts, FIRST_SEEDED_ID.alerts, makeAlert),
    tickets: table(sizes.tickets, FIRST_SEEDED_ID.tickets, makeTicket),
    addedComments: new Map(),
    ticketModified: new Map(),
    workHours: table(sizes.tickets * sizes.workHoursPerTicket, FIRST_SEEDED_ID.workHours, makeWorkHours),
    addedWorkHours: new Map(),
    contracts: table(sizes.contracts, FIRST_SEEDED_ID.contracts, makeContract),
    products: table(sizes.rates, FIRST_SEEDED_ID.products, makeProduct),
    expenses: table(sizes.expenses, FIRST_SEEDED_ID.expenses, makeExpense),
    invoices: table(sizes.invoices, FIRST_SEEDED_ID.invoices, makeInvoice),
    knowledgeBase: table(sizes.knowledgeBase, FIRST_SEEDED_ID.knowledgeBase, makeKnowledgeBaseArticle),
    snmpDevices: table(sizes.snmpDevices, FIRST_SEEDED_ID.snmpDevices, makeSnmpDevice),
    tcpDevices: table(sizes.tcpDevices, FIRST_SEEDED_ID.tcpDevices, makeTcpDevice),
    httpDevices: table(sizes.httpDevices, FIRST_SEEDED_ID.httpDevices, makeHttpDevice),
    genericDevices: table(sizes.genericDevices, FIRST_SEEDED_ID.genericDevices, makeGenericDevice),
    customFields: SANDBOX_CUSTOM_FIELDS,
    customValues: new CustomValueStore(seed, SANDBOX_CUSTOM_FIELDS, (target, itemId) => itemTables[target]().has(itemId)),
  };
  const state: AteraSandboxState = {
    seed,
    sizes,
    account: built.account,
    customers: built.customers,
    contacts: built.contacts,
    agents: built.agents,
    alerts: built.alerts,
    tickets: built.tickets,
    workHours: built.workHours,
    contracts: built.contracts,
    departments: built.departments,
    products: built.products,
    expenses: built.expenses,
    invoices: built.invoices,
    knowledgeBase: built.knowledgeBase,
    snmpDevices: built.snmpDevices,
    tcpDevices: built.tcpDevices,
    httpDevices: built.httpDevices,
    genericDevices: built.genericDevices,
    customFields: built.customFields,
    get customerIds() {
      return built.customers.ids();
    },
    get agentIds() {
      return built.agents.ids();
    },
    get ticketIds() {
      return built.tickets.ids();
    },
    get alertIds() {
      return built.alerts.ids();
    },
    get contactIds() {
      return built.contacts.ids();
    },
  };
  stores.set(state, built);
  return state;
}

/** The writable store behind a state: for the operation handlers only. */
export function sandboxStoreOf(state: AteraSandboxState): SandboxStore {
  const store = stores.get(state);
  if (store === undefined) throw new TypeError('This Atera sandbox state was not made by createSandboxState().');
  return store;
}
