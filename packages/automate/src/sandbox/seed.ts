/** The sandbox's records, in Automate's shapes (PascalCase, `{ Id, Name }` references). */
export interface AutomateSandboxState {
  readonly clients: Record<string, unknown>[];
  readonly locations: Record<string, unknown>[];
  readonly computers: Record<string, unknown>[];
  readonly contacts: Record<string, unknown>[];
  readonly users: Record<string, unknown>[];
  readonly alerts: Record<string, unknown>[];
  readonly tickets: Record<string, unknown>[];
  readonly scripts: Record<string, unknown>[];
  readonly scheduledScripts: Record<string, unknown>[];
  readonly scriptHistory: Record<string, unknown>[];
  readonly operatingSystems: Record<string, unknown>[];
}

export interface SeedCounts {
  readonly clients?: number | undefined;
  readonly computers?: number | undefined;
  readonly tickets?: number | undefined;
  readonly alerts?: number | undefined;
}

const EPOCH = Date.UTC(2026, 0, 5, 9, 0, 0);
/** Automate writes dates without a zone offset. */
const at = (minutes: number): string => new Date(EPOCH + minutes * 60_000).toISOString().replace(/\.\d{3}Z$/, '');

const CITIES = ['Leeds', 'Austin', 'Lyon', 'Perth', 'Oslo', 'Porto', 'Quebec'];
const OPERATING_SYSTEMS = ['Microsoft Windows 11 Pro x64', 'Microsoft Windows Server 2022 Standard x64', 'Microsoft Windows 10 Pro x64', 'macOS 14.4'];
const TICKET_STATUSES = [
  { Id: 1, Name: 'New' },
  { Id: 2, Name: 'Open' },
  { Id: 3, Name: 'Stalled' },
  { Id: 4, Name: 'Resolved' },
];
const TICKET_PRIORITIES = [
  { Id: 1, Name: 'Low' },
  { Id: 2, Name: 'Medium' },
  { Id: 3, Name: 'High' },
  { Id: 4, Name: 'Emergency' },
];
const SEVERITIES = [
  { Id: 1, Name: 'Informational' },
  { Id: 2, Name: 'Warning' },
  { Id: 3, Name: 'Critical' },
];
const SCRIPTS = ['Reboot if needed', 'Clear temp files', 'Restart print spooler', 'Install updates', 'Collect event logs'];

const range = <T>(count: number, make: (index: number) => T): T[] => Array.from({ length: count }, (_, index) => make(index));
const ref = (record: Record<string, unknown> | undefined, name = 'Name') => (record ? { Id: record.Id, Name: record[name] } : null);

/** Deterministic records: the same options always give the same data. */
export function seedState(counts: SeedCounts = {}): AutomateSandboxState {
  const clients = range(counts.clients ?? 5, (i) => ({
    Id: 1 + i,
    Name: `Client ${String.fromCharCode(65 + (i % 26))}${i >= 26 ? i : ''} Ltd`,
    Company: `Client ${i + 1} Holdings`,
    City: CITIES[i % CITIES.length],
    State: i % 2 === 0 ? 'West Yorkshire' : 'Texas',
    ZipCode: `ZP${100 + i}`,
    Country: i % 2 === 0 ? 'United Kingdom' : 'United States',
    PhoneNumber: `+44 113 496 0${String(100 + i).padStart(3, '0')}`,
    Address1: `${10 + i} High Street`,
    Comment: i === 0 ? "O'Brien & Sons \\ main office" : '',
    ExternalId: String(9000 + i),
  }));
  const locations = clients.flatMap((client, i) =>
    range(i % 2 === 0 ? 2 : 1, (j) => ({
      Id: 10 + i * 2 + j,
      Name: j === 0 ? 'Main Office' : 'Warehouse',
      Client: ref(client),
      City: client.City,
      Address1: client.Address1,
      ZipCode: client.ZipCode,
      Country: client.Country,
      PhoneNumber: client.PhoneNumber,
      Comments: '',
    })),
  );
  const computers = range(counts.computers ?? 12, (i) => {
    const location = locations[i % locations.length] as Record<string, unknown>;
    const client = clients.find((candidate) => candidate.Id === (location.Client as { Id: number }).Id);
    return {
      Id: 100 + i,
      ComputerName: `${i % 4 === 1 ? 'SRV' : 'WS'}-${String(i + 1).padStart(3, '0')}`,
      FriendlyName: i % 5 === 0 ? `Front desk ${i + 1}` : '',
      Client: ref(client),
      Location: ref(location),
      Type: i % 4 === 1 ? 'Server' : 'Workstation',
      Status: i % 3 === 0 ? 'Offline' : 'Online',
      OperatingSystemName: OPERATING_SYSTEMS[i % OPERATING_SYSTEMS.length],
      OperatingSystemVersion: `10.0.${19045 + i}`,
      DomainName: 'CORP',
      LocalIPAddress: `10.0.${Math.floor(i / 200)}.${10 + (i % 200)}`,
      GatewayIPAddress: '10.0.0.1',
      MACAddress: `00-15-5D-00-${String(10 + (i % 90)).padStart(2, '0')}-01`,
      SerialNumber: `SN${700000 + i}`,
      LastUserName: `CORP\\user${i + 1}`,
      RemoteAgentVersion: '2024.1.0.1',
      RemoteAgentLastContact: at(10_000 + i * 7),
      RemoteAgentLastInventory: at(9_000 + i * 7),
      LastHeartbeat: at(10_000 + i * 7),
      DateAdded: at(i * 60),
      IsVirtualMachine: i % 4 === 1,
      IsMaintenanceModeEnabled: false,
      IsRebootNeeded: i % 5 === 2,
      TotalMemory: 16_384,
      FreeMemory: 4_096 + i,
      Comment: '',
    };
  });
  const operatingSystems = computers.map((computer, i) => ({
    ComputerId: computer.Id,
    Name: computer.OperatingSystemName,
    Version: computer.OperatingSystemVersion,
    MajorVersion: 10,
    MinorVersion: 0,
    Edition: i % 4 === 1 ? 'Standard' : 'Pro',
    Is64Bit: true,
    IsServer: i % 4 === 1,
    IsDomainController: i === 1,
    Domain: 'CORP',
    InstallDate: at(i * 60 - 5_000),
    ReleaseId: 2009,
  }));
  const contacts = clients.flatMap((client, i) =>
    range(2, (j) => ({
      ContactId: 200 + i * 2 + j,
      FirstName: ['Ana', 'Ben', 'Chloé', 'Dmitri', 'Eve', 'Farid'][(i + j) % 6],
      LastName: ['Silva', 'Okafor', 'Müller', 'Ivanov', 'Nakamura', 'Haddad'][(i * 2 + j) % 6],
      EmailAddress: `contact${i * 2 + j}@client${i + 1}.example`,
      PhoneNumber: `+1 512 555 0${String(100 + i * 2 + j)}`,
      Client: { Id: client.Id, Name: client.Name },
      Location: ref(locations.find((location) => (location.Client as { Id: number }).Id === client.Id)),
      IsManaged: true,
      IsActivated: j === 0,
      DateCreated: at(i * 30 + j),
      LastUpdateDate: at(2_000 + i * 30 + j),
    })),
  );
  const users = range(4, (i) => ({
    UserId: 1 + i,
    Name: ['admin', 'jdoe', 'asmith', 'integrator'][i],
    FirstName: ['Admin', 'Jane', 'Alex', 'Api'][i],
    LastName: ['User', 'Doe', 'Smith', 'Integrator'][i],
    EmailAddress: `${['admin', 'jdoe', 'asmith', 'integrator'][i]}@msp.example`,
    IsIntegrator: i === 3,
    IsLocked: false,
    LastSuccessfulLogin: at(9_500 + i),
    LastUpdated: at(100 + i),
  }));
  const alerts = range(counts.alerts ?? 8, (i) => {
    const computer = computers[i % computers.length] as Record<string, unknown>;
    return {
      AlertId: 3000 + i,
      Client: computer.Client,
      Computer: { Id: computer.Id, Name: computer.ComputerName, ComputerStatus: computer.Status },
      Device: null,
      Location: computer.Location,
      Monitor: { Id: 50 + (i % 3), Name: ['Disk space', 'CPU usage', 'Service stopped'][i % 3] },
      AlertDate: at(8_000 + i * 13),
      Severity: SEVERITIES[i % SEVERITIES.length],
      Source: 'Monitor',
      Message: `${['Disk C: below 10% free', 'CPU above 95% for 10 minutes', 'Print Spooler stopped'][i % 3]} on ${String(computer.ComputerName)}`,
      FieldName: ['FreeSpace', 'CpuUsage', 'ServiceState'][i % 3],
      AlertAge: `${i + 1} hours`,
    };
  });
  const tickets = range(counts.tickets ?? 10, (i) => {
    const computer = computers[i % computers.length] as Record<string, unknown>;
    const user = users[i % users.length] as Record<string, unknown>;
    return {
      TicketId: 5000 + i,
      Subject: `${['Printer offline', 'Password reset', 'Disk space low', 'VPN drops'][i % 4]} (${String(computer.ComputerName)})`,
      Status: TICKET_STATUSES[i % TICKET_STATUSES.length],
      Priority: TICKET_PRIORITIES[i % TICKET_PRIORITIES.length],
      Client: computer.Client,
      Location: computer.Location,
      Computer: { Id: computer.Id, ComputerName: computer.ComputerName, Name: computer.ComputerName },
      User: { UserId: user.UserId, Name: user.Name, EmailAddress: user.EmailAddress },
      From: `requester${i}@client.example`,
      CC: '',
      StartDate: at(6_000 + i * 17),
      UpdateDate: at(7_000 + i * 17),
      DueDate: at(9_000 + i * 17),
      SupportLevel: 1 + (i % 3),
      CategoryId: 1,
      CategoryName: 'General',
      Guid: `5f0c0000-0000-4000-8000-${String(100000000000 + i)}`,
      Comments: range(i % 3, (j) => ({
        Id: String(60000 + i * 10 + j),
        Body: j === 0 ? `Reported by requester${i}: ${['printer shows offline', 'forgot password', 'C: almost full', 'VPN disconnects hourly'][i % 4]}.` : `Technician note ${j} on ticket ${5000 + i}.`,
        CreatedDate: at(6_000 + i * 17 + j * 5),
        From: j === 0 ? `requester${i}@client.example` : String(user.EmailAddress),
        User: j === 0 ? null : { UserId: user.UserId, Name: user.Name },
      })),
    };
  });
  const scripts = SCRIPTS.map((name, i) => ({
    Id: 700 + i,
    Name: name,
    Comments: `${name} (sandbox)`,
    Folder: { Id: 1, Name: 'Maintenance' },
    FullFolderPath: 'Maintenance',
    IsComputerScript: true,
    IsLocationScript: false,
    IsOffline: false,
    Version: 1 + i,
    GUID: `7a0c0000-0000-4000-8000-${String(200000000000 + i)}`,
    Parameters: i === 0 ? ['Force'] : [],
    UpdateDate: at(500 + i),
    UpdatedBy: 'admin',
  }));
  const scriptHistory = computers.slice(0, 3).map((computer, i) => ({
    Id: 9000 + i,
    ScriptId: (scripts[i % scripts.length] as Record<string, unknown>).Id,
    ComputerId: computer.Id,
    Name: (scripts[i % scripts.length] as Record<string, unknown>).Name,
    User: 'admin',
    Status: 'Completed',
    State: i === 2 ? 'Failure' : 'Success',
    HistoryDate: at(9_900 + i),
    DiagnosticMessage: i === 2 ? 'Access denied' : '',
  }));
  return { clients, locations, computers, contacts, users, alerts, tickets, scripts, scheduledScripts: [], scriptHistory, operatingSystems };
}

export { at as sandboxTime };
