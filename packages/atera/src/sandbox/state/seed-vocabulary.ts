/** Words the seeded records are made of: plausible MSP data, never real companies or people. */

export const COMPANY_STEMS = [
  'Northwind', 'Bluebird', 'Harbor', 'Summit', 'Cedar', 'Riverside', 'Ironclad', 'Maple', 'Granite', 'Lakeside',
  'Pinecrest', 'Silverline', 'Oakridge', 'Brightwater', 'Redstone', 'Evergreen', 'Copperfield', 'Westbrook', 'Falcon', 'Juniper',
] as const;

export const COMPANY_KINDS = [
  'Dental', 'Legal', 'Logistics', 'Accounting', 'Clinic', 'Architects', 'Manufacturing', 'Realty', 'Insurance', 'Bakery',
] as const;

export const COMPANY_SUFFIXES = ['LLC', 'Inc.', 'Ltd', 'Group', 'Partners', 'Co.'] as const;

export const FIRST_NAMES = [
  'Ava', 'Liam', 'Maya', 'Noah', 'Zoe', 'Ethan', 'Lena', 'Omar', 'Priya', 'Lucas', 'Hana', 'Mateo', 'Nora', 'Felix', 'Aisha',
  'Jonas', 'Clara', 'Diego', 'Sofia', 'Ravi', 'Elena', 'Kenji', 'Mila', 'Tomas',
] as const;

export const LAST_NAMES = [
  'Carter', 'Nguyen', 'Schmidt', 'Okafor', 'Rossi', 'Patel', 'Larsen', 'Moreau', 'Kowalski', 'Tanaka', 'Silva', 'Brennan',
  'Haddad', 'Lindqvist', 'Novak', 'Fischer', 'Duarte', 'Mensah', 'Ibarra', 'Walsh',
] as const;

export const JOB_TITLES = ['Office Manager', 'Owner', 'Accountant', 'Receptionist', 'Operations Lead', 'Paralegal', 'Practice Manager', 'IT Contact'] as const;

export const US_PLACES = [
  { city: 'Austin', state: 'TX', zip: '78701' },
  { city: 'Denver', state: 'CO', zip: '80202' },
  { city: 'Portland', state: 'OR', zip: '97205' },
  { city: 'Raleigh', state: 'NC', zip: '27601' },
  { city: 'Madison', state: 'WI', zip: '53703' },
  { city: 'Tampa', state: 'FL', zip: '33602' },
  { city: 'Boise', state: 'ID', zip: '83702' },
  { city: 'Columbus', state: 'OH', zip: '43215' },
] as const;

export const STREETS = ['Main St', 'Oak Ave', 'Harbor Blvd', 'Elm St', 'Market St', 'Park Ave', 'Lake Rd', 'Mill Ln'] as const;

export interface OperatingSystemProfile {
  readonly os: string;
  readonly osType: string;
  readonly deviceType: string;
  readonly version: string;
  readonly build: string;
  readonly osNum: number;
  readonly windows: boolean;
  readonly server: boolean;
}

export const OPERATING_SYSTEMS: readonly OperatingSystemProfile[] = [
  { os: 'Microsoft Windows 11 Pro', osType: 'Work Station', deviceType: 'Workstation', version: '23H2', build: '22631', osNum: 10, windows: true, server: false },
  { os: 'Microsoft Windows 11 Pro', osType: 'Work Station', deviceType: 'Laptop', version: '24H2', build: '26100', osNum: 10, windows: true, server: false },
  { os: 'Microsoft Windows 10 Pro', osType: 'Work Station', deviceType: 'Workstation', version: '22H2', build: '19045', osNum: 10, windows: true, server: false },
  { os: 'Microsoft Windows 10 Pro', osType: 'Work Station', deviceType: 'Laptop', version: '22H2', build: '19045', osNum: 10, windows: true, server: false },
  { os: 'Microsoft Windows Server 2022 Standard', osType: 'Server', deviceType: 'Server', version: '21H2', build: '20348', osNum: 10, windows: true, server: true },
  { os: 'Microsoft Windows Server 2019 Standard', osType: 'Domain Controller', deviceType: 'Server', version: '1809', build: '17763', osNum: 10, windows: true, server: true },
  { os: 'macOS 14.5 Sonoma', osType: 'Mac', deviceType: 'Laptop', version: '14.5', build: '23F79', osNum: 14, windows: false, server: false },
  { os: 'Ubuntu 22.04.4 LTS', osType: 'Server', deviceType: 'Server', version: '22.04', build: '5.15.0-105', osNum: 22, windows: false, server: true },
];

export const HARDWARE_VENDORS = [
  { vendor: 'Dell Inc.', models: ['OptiPlex 7010', 'Latitude 5440', 'PowerEdge R650'], bios: 'Dell Inc.' },
  { vendor: 'HP', models: ['EliteDesk 800 G9', 'EliteBook 840 G10', 'ProLiant DL360 Gen11'], bios: 'HP' },
  { vendor: 'LENOVO', models: ['ThinkCentre M70q', 'ThinkPad T14 Gen 4', 'ThinkSystem SR630'], bios: 'LENOVO' },
] as const;

export const PROCESSORS = [
  { name: 'Intel(R) Core(TM) i5-12500 CPU @ 3.00GHz', cores: 6, clock: '3000' },
  { name: 'Intel(R) Core(TM) i7-1365U @ 1.80GHz', cores: 10, clock: '1800' },
  { name: 'AMD Ryzen 7 PRO 7730U', cores: 8, clock: '2000' },
  { name: 'Intel(R) Xeon(R) Silver 4314 CPU @ 2.40GHz', cores: 16, clock: '2400' },
] as const;

export const TICKET_PROBLEMS = [
  'Printer offline on second floor',
  'Outlook keeps asking for password',
  'VPN disconnects every few minutes',
  'New employee onboarding',
  'Laptop running very slow',
  'Shared drive not mapped after reboot',
  'Phishing email reported',
  'Replace failing backup drive',
  'Wi-Fi drops in conference room',
  'Install accounting software update',
  'Monitor flickering',
  'Cannot access payroll portal',
] as const;

export const TICKET_SOURCES = ['Email', 'Portal', 'Phone', 'Agent', 'Alert'] as const;
export const TICKET_STATUSES = ['Open', 'Pending', 'Resolved', 'Closed'] as const;
export const TICKET_PRIORITIES = ['Low', 'Medium', 'High', 'Critical'] as const;
export const TICKET_IMPACTS = ['NoImpact', 'Minor', 'Major', 'SiteDown', 'ServerIssue', 'Crisis'] as const;
export const TICKET_TYPES = ['Incident', 'Problem', 'Request', 'Change'] as const;

export const ALERT_KINDS = [
  { title: 'Disk usage above 90%', category: 'Disk', code: 4, source: 'Disk Usage' },
  { title: 'CPU utilization above 95%', category: 'Performance', code: 1, source: 'CPU' },
  { title: 'Memory utilization above 90%', category: 'Performance', code: 2, source: 'Memory' },
  { title: 'Machine status unknown', category: 'Availability', code: 9, source: 'Agent' },
  { title: 'Hard disk S.M.A.R.T. failure predicted', category: 'Hardware', code: 12, source: 'Hardware' },
  { title: 'Windows service stopped', category: 'General', code: 20, source: 'Service' },
  { title: 'Exchange queue length high', category: 'Exchange', code: 31, source: 'Exchange' },
] as const;

export const ALERT_SEVERITIES = ['Information', 'Warning', 'Critical'] as const;

export const PRODUCT_RATES = [
  { description: 'Standard support hour', sku: 'SUP-STD', category: 'Labor', amount: 95 },
  { description: 'After-hours support hour', sku: 'SUP-AFT', category: 'Labor', amount: 145 },
  { description: 'On-site visit', sku: 'ONSITE', category: 'Labor', amount: 120 },
  { description: 'Managed workstation', sku: 'MNG-WS', category: 'Managed services', amount: 35 },
  { description: 'Managed server', sku: 'MNG-SRV', category: 'Managed services', amount: 120 },
  { description: 'Cloud backup per GB', sku: 'BKP-GB', category: 'Backup', amount: 0.25 },
  { description: 'Microsoft 365 Business Standard', sku: 'M365-BS', category: 'Licenses', amount: 12.5 },
  { description: 'Firewall subscription', sku: 'FW-SUB', category: 'Security', amount: 49 },
] as const;

export const EXPENSE_RATES = [
  { description: 'Mileage', sku: 'EXP-MILE', category: 'Travel', amount: 0.67 },
  { description: 'Parking', sku: 'EXP-PARK', category: 'Travel', amount: 15 },
  { description: 'Replacement cable', sku: 'EXP-CBL', category: 'Hardware', amount: 12 },
  { description: 'Toner cartridge', sku: 'EXP-TNR', category: 'Hardware', amount: 89 },
] as const;

export const DEPARTMENTS = [
  { name: 'Front Office', description: 'Reception and scheduling' },
  { name: 'Finance', description: 'Billing, payroll and accounts' },
  { name: 'Operations', description: 'Day-to-day operations' },
  { name: 'Management', description: 'Owners and directors' },
  { name: 'Sales', description: 'Account managers' },
  { name: 'Warehouse', description: 'Shipping and receiving' },
] as const;

export const KNOWLEDGE_BASE_ARTICLES = [
  { title: 'How to reset your password', product: 'Microsoft 365', section: 'Accounts', category: 'End users' },
  { title: 'Connecting to the office VPN', product: 'VPN', section: 'Remote work', category: 'End users' },
  { title: 'Adding a printer on Windows 11', product: 'Windows', section: 'Printing', category: 'End users' },
  { title: 'Onboarding checklist for new hires', product: 'Process', section: 'Onboarding', category: 'Technicians' },
  { title: 'Restoring a file from backup', product: 'Backup', section: 'Backup', category: 'Technicians' },
  { title: 'Setting up multi-factor authentication', product: 'Microsoft 365', section: 'Security', category: 'End users' },
  { title: 'Clearing the Outlook cache', product: 'Outlook', section: 'Email', category: 'End users' },
  { title: 'Replacing a failed RAID disk', product: 'Servers', section: 'Hardware', category: 'Technicians' },
] as const;

export const WINDOWS_UPDATES = [
  { name: '2026-09 Cumulative Update for Windows 11', kbId: 'KB5043076', class: 'Security Updates' },
  { name: '2026-09 .NET Framework Cumulative Update', kbId: 'KB5042351', class: 'Updates' },
  { name: 'Windows Malicious Software Removal Tool', kbId: 'KB890830', class: 'Update Rollups' },
  { name: 'Security Intelligence Update for Microsoft Defender', kbId: 'KB2267602', class: 'Definition Updates' },
  { name: '2026-08 Servicing Stack Update', kbId: 'KB5041580', class: 'Critical Updates' },
  { name: 'Microsoft Edge Update', kbId: 'KB5040442', class: 'Feature Packs' },
  { name: '2026-10 Cumulative Update Preview', kbId: 'KB5044380', class: 'Updates' },
  { name: 'Intel Corporation - Display driver update', kbId: 'KB5039212', class: 'Drivers' },
] as const;

export const SNMP_MODELS = [
  { type: 'Switch', model: 'Cisco Catalyst 9200' },
  { type: 'Firewall', model: 'FortiGate 60F' },
  { type: 'Printer', model: 'HP LaserJet M607' },
  { type: 'UPS', model: 'APC Smart-UPS 1500' },
  { type: 'Access point', model: 'Ubiquiti U6 Pro' },
] as const;

export const TECHNICIAN_NAMES = [
  { first: 'Dana', last: 'Whitfield' },
  { first: 'Marcus', last: 'Oyelaran' },
  { first: 'Ingrid', last: 'Solberg' },
  { first: 'Tariq', last: 'Rahman' },
  { first: 'Chloe', last: 'Bertrand' },
  { first: 'Yusuf', last: 'Demir' },
] as const;

export const SLA_NAMES = ['Standard', 'Business hours priority', 'Premium 24/7', 'Basic', 'Enterprise'] as const;
