import { SeededRandom } from '../seeded-random';
import type { GenericDeviceRecord, HttpDeviceRecord, KnowledgeBaseRecord, SnmpDeviceRecord, TcpDeviceRecord } from './records';
import type { SandboxStore } from './sandbox-store';
import { COMPANY_STEMS, KNOWLEDGE_BASE_ARTICLES, SNMP_MODELS } from './seed-vocabulary';
import { customerIdForIndex, customerNameForIndex, customerSlug, folderIdForCustomerIndex } from './seed-customers';
import { FIRST_SEEDED_ID } from './seed-ids';
import { isoMinutesBeforeEpoch } from './seed-time';

/** What every monitored device shares: its customer, folder and the agent that polls it. */
interface DeviceBase {
  readonly CustomerID: number;
  readonly CustomerName: string | null;
  readonly FolderID: number | null;
  readonly MonitoringAgentID: number;
  readonly stem: string;
  readonly slug: string;
  readonly random: SeededRandom;
}

function deviceBase(store: SandboxStore, kind: string, index: number): DeviceBase {
  const customerIndex = index % store.sizes.customers;
  const customerId = customerIdForIndex(store, index);
  // The customer's first seeded agent polls its devices (agents are spread round robin over customers).
  const agentIndex = customerIndex < store.sizes.agents ? customerIndex : 0;
  return {
    CustomerID: customerId,
    CustomerName: store.customers.get(customerId)?.CustomerName ?? null,
    FolderID: folderIdForCustomerIndex(customerIndex),
    MonitoringAgentID: store.sizes.agents > 0 ? FIRST_SEEDED_ID.agents + agentIndex : 0,
    stem: (COMPANY_STEMS[customerIndex % COMPANY_STEMS.length] ?? 'HOST').toLowerCase(),
    slug: customerSlug(customerNameForIndex(customerIndex)),
    random: SeededRandom.for(store.seed, kind, index),
  };
}

export function makeSnmpDevice(store: SandboxStore, index: number): SnmpDeviceRecord {
  const base = deviceBase(store, 'snmp-device', index);
  const model = base.random.pick(SNMP_MODELS);
  const v3 = base.random.chance(0.3);
  return {
    Name: `${base.stem}-${model.type.toLowerCase().replace(/ /g, '-')}-${String(index + 1)}`,
    DeviceID: FIRST_SEEDED_ID.snmpDevices + index,
    DeviceGuid: base.random.guid(),
    CustomerID: base.CustomerID,
    CustomerName: base.CustomerName,
    FolderID: base.FolderID,
    Hostname: `10.${String(index % 256)}.0.${String(base.random.int(2, 250))}`,
    Online: base.random.chance(0.9),
    Port: '161',
    Community: v3 ? null : 'public',
    Type: model.type,
    Version: v3 ? 'V3' : base.random.pick(['V1', 'V2']),
    SecurityLevel: v3 ? 'AuthenticationAndPrivacy' : 'Undefined',
    Authentication: v3 ? 'SHA1' : null,
    Privacy: v3 ? 'AES' : null,
    Monitored: true,
    MonitoringAgentID: base.MonitoringAgentID,
    Model: model.model,
  };
}

export function makeTcpDevice(store: SandboxStore, index: number): TcpDeviceRecord {
  const base = deviceBase(store, 'tcp-device', index);
  const ports = base.random.pick([[443], [3389], [25, 587], [80, 443]]);
  return {
    Name: `${base.stem}-tcp-${String(index + 1)}`,
    DeviceID: FIRST_SEEDED_ID.tcpDevices + index,
    DeviceGuid: base.random.guid(),
    Hostname: `mail.${base.slug}.example.com`,
    CustomerID: base.CustomerID,
    CustomerName: base.CustomerName,
    FolderID: base.FolderID,
    MonitoringAgentID: base.MonitoringAgentID,
    Monitored: true,
    Ports: ports.map((port) => ({ PortNumber: port, Monitored: true, Available: base.random.chance(0.9) })),
  };
}

export function makeHttpDevice(store: SandboxStore, index: number): HttpDeviceRecord {
  const base = deviceBase(store, 'http-device', index);
  const up = base.random.chance(0.9);
  return {
    Name: `${base.stem}-website-${String(index + 1)}`,
    DeviceID: FIRST_SEEDED_ID.httpDevices + index,
    DeviceGuid: base.random.guid(),
    CustomerID: base.CustomerID,
    CustomerName: base.CustomerName,
    FolderID: base.FolderID,
    MonitoringAgentID: base.MonitoringAgentID,
    URL: `https://www.${base.slug}.example.com/`,
    Pattern: base.random.chance(0.5) ? 'Welcome' : null,
    URLUp: up,
    ContainsPattern: up,
    Monitored: true,
  };
}

export function makeGenericDevice(store: SandboxStore, index: number): GenericDeviceRecord {
  const base = deviceBase(store, 'generic-device', index);
  return {
    Name: `${base.stem}-${base.random.pick(['nas', 'camera', 'door-controller', 'voip-gateway'])}-${String(index + 1)}`,
    DeviceID: FIRST_SEEDED_ID.genericDevices + index,
    DeviceGuid: base.random.guid(),
    FolderID: base.FolderID,
    CustomerID: base.CustomerID,
    CustomerName: base.CustomerName,
    Monitored: base.random.chance(0.9),
    MonitoringAgentID: base.MonitoringAgentID,
  };
}

export function makeKnowledgeBaseArticle(store: SandboxStore, index: number): KnowledgeBaseRecord {
  const random = SeededRandom.for(store.seed, 'knowledge-base', index);
  const article = KNOWLEDGE_BASE_ARTICLES[index % KNOWLEDGE_BASE_ARTICLES.length] ?? KNOWLEDGE_BASE_ARTICLES[0];
  const created = random.int(30, 400) * 24 * 60;
  const views = random.int(5, 400);
  const kbId = FIRST_SEEDED_ID.knowledgeBase + index;
  return {
    KBID: kbId,
    KBTimestamp: isoMinutesBeforeEpoch(created),
    KBContext: `<h2>${article.title}</h2><p>Step-by-step instructions for ${article.product}.</p>`,
    KBProduct: article.product,
    KBRating_Yes: random.int(0, Math.floor(views / 4)),
    KBRating_No: random.int(0, Math.floor(views / 20)),
    KBRating_Views: views,
    KBLastModified: isoMinutesBeforeEpoch(random.int(1, created)),
    KBIsPrivate: article.category === 'Technicians',
    KBStatus: 1,
    KBPriority: random.int(1, 3),
    KBKeywords: article.title.toLowerCase().split(' ').filter((word) => word.length > 3).join(','),
    KBAddress: `https://sandbox-msp.atera.example.com/portal/kb/${String(kbId)}`,
    SectionId: String(100 + (index % 4)),
    SectionName: article.section,
    CategoryId: article.category === 'Technicians' ? '2' : '1',
    CategoryName: article.category,
  };
}
