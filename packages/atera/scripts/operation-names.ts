/**
 * The name of every Atera v3 operation in the psagate client: `group.method`, keyed by
 * `HTTP-METHOD path` exactly as in the spec (the spec has no operationIds). The generator fails when
 * the spec holds an operation missing here, or this table names one the spec lacks.
 */
export const operationNames: Readonly<Record<string, string>> = {
  'GET /api/v3/account': 'account.get',

  'GET /api/v3/agents': 'agents.list',
  'GET /api/v3/agents/customer/{customerId}': 'agents.listByCustomer',
  'GET /api/v3/agents/{agentId}': 'agents.get',
  'DELETE /api/v3/agents/{agentId}': 'agents.delete',
  'GET /api/v3/agents/machine/{machineName}': 'agents.listByMachineName',
  'GET /api/v3/agents/{deviceGuid}/installed-patches': 'agents.getInstalledPatches',
  'GET /api/v3/agents/{deviceGuid}/available-patches': 'agents.getAvailablePatches',

  'GET /api/v3/alerts': 'alerts.list',
  'POST /api/v3/alerts': 'alerts.create',
  'GET /api/v3/alerts/{alertId}': 'alerts.get',
  'PUT /api/v3/alerts/{alertId}': 'alerts.resolve',
  'DELETE /api/v3/alerts/{alertId}': 'alerts.delete',

  'GET /api/v3/billing/invoices': 'billing.listInvoices',
  'GET /api/v3/billing/invoice/{invoiceNumber}': 'billing.getInvoice',

  'GET /api/v3/contacts': 'contacts.list',
  'POST /api/v3/contacts': 'contacts.create',
  'GET /api/v3/contacts/{contactId}': 'contacts.get',
  'PUT /api/v3/contacts/{contactId}': 'contacts.update',
  'POST /api/v3/contacts/{contactId}': 'contacts.updateViaPost',
  'DELETE /api/v3/contacts/{contactId}': 'contacts.delete',

  'GET /api/v3/contracts': 'contracts.list',
  'POST /api/v3/contracts': 'contracts.create',
  'GET /api/v3/contracts/{contractId}': 'contracts.get',
  'PUT /api/v3/contracts/{contractId}': 'contracts.update',
  'POST /api/v3/contracts/{contractId}': 'contracts.updateViaPost',
  'GET /api/v3/contracts/customer/{customerId}': 'contracts.listByCustomer',

  'GET /api/v3/customers': 'customers.list',
  'POST /api/v3/customers': 'customers.create',
  'GET /api/v3/customers/{customerId}': 'customers.get',
  'PUT /api/v3/customers/{customerId}': 'customers.update',
  'POST /api/v3/customers/{customerId}': 'customers.updateViaPost',
  'DELETE /api/v3/customers/{customerId}': 'customers.delete',
  'POST /api/v3/customers/folders': 'customers.createFolder',
  'POST /api/v3/customers/attachments': 'customers.createAttachment',

  'GET /api/v3/customvalues/{customValueId}': 'customValues.get',
  'GET /api/v3/customvalues/customfields': 'customValues.listCustomFields',
  ...customValueRoutes('ticket', 'ticketId', 'Ticket'),
  ...customValueRoutes('customer', 'customerId', 'Customer'),
  ...customValueRoutes('contact', 'contactId', 'Contact'),
  ...customValueRoutes('contract', 'contractId', 'Contract'),
  ...customValueRoutes('sla', 'slaId', 'Sla'),
  ...customValueRoutes('agent', 'agentId', 'Agent'),
  ...customValueRoutes('snmp', 'snmpDeviceId', 'SnmpDevice'),
  ...customValueRoutes('tcp', 'tcpDeviceId', 'TcpDevice'),
  ...customValueRoutes('http', 'httpDeviceId', 'HttpDevice'),
  ...customValueRoutes('generic', 'genericDeviceId', 'GenericDevice'),

  'GET /api/v3/departments': 'departments.list',
  'POST /api/v3/departments': 'departments.create',
  'GET /api/v3/departments/{departmentId}': 'departments.get',
  'PUT /api/v3/departments/{departmentId}': 'departments.update',
  'POST /api/v3/departments/{departmentId}': 'departments.updateViaPost',
  'DELETE /api/v3/departments/{departmentId}': 'departments.delete',

  ...monitoredDeviceRoutes('generic', 'GenericDevice'),
  ...monitoredDeviceRoutes('tcp', 'TcpDevice'),
  ...monitoredDeviceRoutes('http', 'HttpDevice'),
  'GET /api/v3/devices/snmpdevices': 'devices.listSnmpDevices',
  'GET /api/v3/devices/snmpdevice/{deviceId}': 'devices.getSnmpDevice',
  'DELETE /api/v3/devices/snmpdevice/{deviceId}': 'devices.deleteSnmpDevice',
  'GET /api/v3/devices/snmpdevice/guid/{deviceGuid}': 'devices.getSnmpDeviceByGuid',
  'POST /api/v3/devices/snmpdevice/v1v2': 'devices.createSnmpV1V2Device',
  'POST /api/v3/devices/snmpdevice/v3': 'devices.createSnmpV3Device',

  'GET /api/v3/knowledgebases': 'knowledgeBase.list',

  ...rateRoutes('products', 'productId', 'Product'),
  ...rateRoutes('expenses', 'expenseId', 'Expense'),

  'GET /api/v3/tickets': 'tickets.list',
  'POST /api/v3/tickets': 'tickets.create',
  'GET /api/v3/tickets/noComments': 'tickets.listWithoutComments',
  'GET /api/v3/tickets/statusmodified': 'tickets.listStatusModified',
  'GET /api/v3/tickets/lastmodified': 'tickets.listLastModified',
  'GET /api/v3/tickets/{ticketId}': 'tickets.get',
  'PUT /api/v3/tickets/{ticketId}': 'tickets.update',
  'POST /api/v3/tickets/{ticketId}': 'tickets.updateViaPost',
  'DELETE /api/v3/tickets/{ticketId}': 'tickets.delete',
  'GET /api/v3/tickets/{ticketId}/comments': 'tickets.listComments',
  'POST /api/v3/tickets/{ticketId}/comments': 'tickets.addComment',
  'GET /api/v3/tickets/{ticketId}/attachments': 'tickets.listAttachments',
  'GET /api/v3/tickets/{ticketId}/billableduration': 'tickets.getBillableDuration',
  'POST /api/v3/tickets/billableduration': 'tickets.getBillableDurations',
  'GET /api/v3/tickets/{ticketId}/nonbillableduration': 'tickets.getNonBillableDuration',
  'GET /api/v3/tickets/{ticketId}/workhours': 'tickets.getWorkHours',
  'POST /api/v3/tickets/{ticketId}/workhours': 'tickets.addWorkHours',
  'POST /api/v3/tickets/billableworkhourssiteduration': 'tickets.getBillableWorkHoursSiteDurations',
  'GET /api/v3/tickets/{ticketId}/workhoursrecords': 'tickets.listWorkHoursRecords',
  'POST /api/v3/tickets/{ticketId}/relations': 'tickets.addRelation',
  'DELETE /api/v3/tickets/{ticketId}/relations/{relationType}': 'tickets.removeRelation',

  'GET /api/v3/workhours': 'workHours.list',
};

/**
 * POST operations that change nothing or set absolute values, so sending them twice has the same
 * effect as once: they may be retried after a failure like GET and PUT. Every other POST creates
 * something and is never replayed once it may have reached the server.
 */
export const idempotentPosts: ReadonlySet<string> = new Set([
  'tickets.updateViaPost',
  'tickets.getBillableDurations',
  'tickets.getBillableWorkHoursSiteDurations',
  'contacts.updateViaPost',
  'contracts.updateViaPost',
  'customers.updateViaPost',
  'departments.updateViaPost',
  ...Object.values(customValueNames()).filter((name) => name.endsWith('ViaPost')),
]);

/** Limits the spec states only in words, enforced before sending. */
export const bodyArrayLimits: Readonly<Record<string, number>> = {
  'tickets.getBillableDurations': 50,
};

function customValueRoutes(kind: string, idName: string, noun: string): Record<string, string> {
  return {
    [`GET /api/v3/customvalues/${kind}field/{${idName}}/{fieldName}`]: `customValues.get${noun}Field`,
    [`PUT /api/v3/customvalues/${kind}field/{${idName}}/{fieldName}`]: `customValues.set${noun}Field`,
    [`POST /api/v3/customvalues/${kind}field/{${idName}}/{fieldName}`]: `customValues.set${noun}FieldViaPost`,
    [`GET /api/v3/customvalues/${kind}fields/{${idName}}`]: `customValues.list${noun}Fields`,
  };
}

function customValueNames(): Record<string, string> {
  return Object.fromEntries(
    ['Ticket', 'Customer', 'Contact', 'Contract', 'Sla', 'Agent', 'SnmpDevice', 'TcpDevice', 'HttpDevice', 'GenericDevice'].map((noun) => [
      noun,
      `customValues.set${noun}FieldViaPost`,
    ]),
  );
}

function monitoredDeviceRoutes(kind: string, noun: string): Record<string, string> {
  return {
    [`GET /api/v3/devices/${kind}devices`]: `devices.list${noun}s`,
    [`GET /api/v3/devices/${kind}device/{deviceId}`]: `devices.get${noun}`,
    [`DELETE /api/v3/devices/${kind}device/{deviceId}`]: `devices.delete${noun}`,
    [`POST /api/v3/devices/${kind}device`]: `devices.create${noun}`,
  };
}

function rateRoutes(collection: string, idName: string, noun: string): Record<string, string> {
  return {
    [`GET /api/v3/rates/${collection}`]: `rates.list${noun}s`,
    [`POST /api/v3/rates/${collection}`]: `rates.create${noun}`,
    [`GET /api/v3/rates/${collection}/{${idName}}`]: `rates.get${noun}`,
    [`PUT /api/v3/rates/${collection}/{${idName}}`]: `rates.update${noun}`,
    [`DELETE /api/v3/rates/${collection}/{${idName}}`]: `rates.delete${noun}`,
  };
}
