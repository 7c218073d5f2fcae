/** How many records of each kind a sandbox starts with. */
export interface AteraSandboxSizes {
  readonly customers: number;
  readonly contacts: number;
  readonly agents: number;
  readonly tickets: number;
  readonly commentsPerTicket: number;
  readonly workHoursPerTicket: number;
  readonly alerts: number;
  readonly contracts: number;
  readonly departments: number;
  /** Product rates (`/rates/products`). */
  readonly rates: number;
  /** Expense rates (`/rates/expenses`). */
  readonly expenses: number;
  readonly invoices: number;
  readonly knowledgeBase: number;
  readonly snmpDevices: number;
  readonly tcpDevices: number;
  readonly httpDevices: number;
  readonly genericDevices: number;
  readonly technicians: number;
  readonly slas: number;
}

/** Enough for a demo, small enough to read whole. */
export const defaultSandboxSizes: AteraSandboxSizes = {
  customers: 12,
  contacts: 36,
  agents: 60,
  tickets: 40,
  commentsPerTicket: 3,
  workHoursPerTicket: 2,
  alerts: 25,
  contracts: 10,
  departments: 4,
  rates: 6,
  expenses: 4,
  invoices: 18,
  knowledgeBase: 8,
  snmpDevices: 6,
  tcpDevices: 6,
  httpDevices: 6,
  genericDevices: 6,
  technicians: 4,
  slas: 3,
};

/** Kinds that belong to a customer (or a technician): they cannot exist without one. */
const NEEDS_CUSTOMER = ['contacts', 'agents', 'tickets', 'contracts', 'invoices', 'snmpDevices', 'tcpDevices', 'httpDevices', 'genericDevices'] as const;

/** The defaults with `overrides` applied; throws a RangeError naming a size that cannot work. */
export function resolveSandboxSizes(overrides: Partial<AteraSandboxSizes> | undefined = {}): AteraSandboxSizes {
  const sizes: AteraSandboxSizes = { ...defaultSandboxSizes, ...overrides };
  for (const [name, value] of Object.entries(sizes)) {
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new RangeError(`Atera sandbox size "${name}" must be a non-negative integer, got ${String(value)}.`);
    }
  }
  if (sizes.customers === 0) {
    const orphan = NEEDS_CUSTOMER.find((name) => sizes[name] > 0);
    if (orphan !== undefined) throw new RangeError(`Atera sandbox size "${orphan}" needs at least one customer: set customers to 1 or more, or ${orphan} to 0.`);
  }
  if (sizes.alerts > 0 && sizes.agents === 0) throw new RangeError('Atera sandbox alerts are raised by agents: set agents to 1 or more, or alerts to 0.');
  if (sizes.technicians === 0 && (sizes.tickets > 0)) throw new RangeError('Atera sandbox tickets are assigned to technicians: set technicians to 1 or more, or tickets to 0.');
  return sizes;
}
