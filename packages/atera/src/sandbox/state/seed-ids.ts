/**
 * Id of the first seeded record of each kind. Kinds use different ranges so that an id of one kind
 * sent where another is expected finds nothing, as it would in a real account.
 */
export const FIRST_SEEDED_ID = {
  customers: 101,
  folders: 501,
  customerAttachments: 801,
  contacts: 3001,
  departments: 11,
  technicians: 1,
  slas: 1,
  agents: 10001,
  alerts: 700001,
  tickets: 20001,
  workHours: 90001,
  contracts: 401,
  products: 1,
  expenses: 1001,
  invoices: 1001,
  knowledgeBase: 1,
  snmpDevices: 60001,
  tcpDevices: 61001,
  httpDevices: 62001,
  genericDevices: 63001,
} as const;
