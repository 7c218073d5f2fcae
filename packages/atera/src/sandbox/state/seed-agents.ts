import type { AgentAvailableUpdatesResponse, AgentInstalledUpdatesResponse } from '../../generated/schemas';
import { SeededRandom } from '../seeded-random';
import type { Complete } from './complete';
import type { AgentRecord } from './records';
import type { SandboxStore } from './sandbox-store';
import { COMPANY_STEMS, FIRST_NAMES, HARDWARE_VENDORS, LAST_NAMES, OPERATING_SYSTEMS, type OperatingSystemProfile, PROCESSORS, WINDOWS_UPDATES } from './seed-vocabulary';
import { customerIdForIndex, customerNameForIndex, customerSlug, folderIdForCustomerIndex } from './seed-customers';
import { FIRST_SEEDED_ID } from './seed-ids';
import { isoMinutesBeforeEpoch, isoPlusMinutes } from './seed-time';

export type InstalledPatchesRecord = Complete<AgentInstalledUpdatesResponse>;
export type AvailablePatchesRecord = Complete<AgentAvailableUpdatesResponse>;

/** Mostly workstations and laptops, some servers and Macs, the odd Linux box. */
const OS_WEIGHTS = [22, 18, 16, 14, 10, 6, 10, 4];

function operatingSystemOf(seed: number, index: number): OperatingSystemProfile {
  const random = SeededRandom.for(seed, 'agent-os', index);
  let roll = random.int(0, OS_WEIGHTS.reduce((sum, weight) => sum + weight, 0) - 1);
  for (let position = 0; position < OPERATING_SYSTEMS.length; position++) {
    roll -= OS_WEIGHTS[position] ?? 0;
    if (roll < 0) return OPERATING_SYSTEMS[position] ?? OPERATING_SYSTEMS[0]!;
  }
  return OPERATING_SYSTEMS[0]!;
}

/**
 * `NORTHW-WS-0042`: the customer's stem, the kind of machine and the agent's position, so names are
 * unique and cheap to compute without making the whole record (machine-name lookups scan them).
 */
export function seededMachineName(store: SandboxStore, index: number): string {
  const customerIndex = index % store.sizes.customers;
  const stem = (COMPANY_STEMS[customerIndex % COMPANY_STEMS.length] ?? 'HOST').toUpperCase().slice(0, 6);
  const profile = operatingSystemOf(store.seed, index);
  const kind = profile.server ? 'SRV' : profile.osType === 'Mac' ? 'MAC' : profile.deviceType === 'Laptop' ? 'LT' : 'WS';
  return `${stem}-${kind}-${String(index + 1).padStart(4, '0')}`;
}

/** A per-seed mask, so the agent's position hidden in its DeviceGuid does not read as a counter. */
function guidMask(seed: number): number {
  return Math.floor(SeededRandom.for(seed, 'agent-guid-mask', 0).next() * 0x1_0000_0000) >>> 0;
}

/** An odd multiplier and its inverse modulo 2^32: together a cheap bijective scramble of 32-bit positions. */
const SCRAMBLE = 0x9e3779b1;
const UNSCRAMBLE = (() => {
  let inverse = SCRAMBLE;
  for (let step = 0; step < 5; step++) inverse = Math.imul(inverse, 2 - Math.imul(SCRAMBLE, inverse));
  return inverse >>> 0;
})();

/** A random-looking GUID whose last eight hex digits encode the agent's position (see `seededAgentIndexOfGuid`). */
export function seededAgentGuid(seed: number, index: number): string {
  const base = SeededRandom.for(seed, 'agent-guid', index).guid();
  const tail = ((Math.imul(index, SCRAMBLE) ^ guidMask(seed)) >>> 0).toString(16).padStart(8, '0');
  return base.slice(0, base.length - 8) + tail;
}

/** The position of the seeded agent a DeviceGuid names, or undefined when no seeded agent has it. */
export function seededAgentIndexOfGuid(store: SandboxStore, guid: string): number | undefined {
  const normalized = guid.toLowerCase();
  const tail = Number.parseInt(normalized.slice(-8), 16);
  if (Number.isNaN(tail)) return undefined;
  const index = Math.imul((tail ^ guidMask(store.seed)) >>> 0, UNSCRAMBLE) >>> 0;
  if (index >= store.sizes.agents || seededAgentGuid(store.seed, index) !== normalized) return undefined;
  return index;
}

function hexByte(random: SeededRandom): string {
  return random.int(0, 255).toString(16).toUpperCase().padStart(2, '0');
}

export function makeAgent(store: SandboxStore, index: number): AgentRecord {
  const random = SeededRandom.for(store.seed, 'agent', index);
  const profile = operatingSystemOf(store.seed, index);
  const customerIndex = index % store.sizes.customers;
  const customerId = customerIdForIndex(store, index);
  const customer = store.customers.get(customerId);
  const folder = store.folders.get(folderIdForCustomerIndex(customerIndex));
  const machineName = seededMachineName(store, index);
  const domain = customerSlug(customerNameForIndex(customerIndex)).split('-')[0]?.toUpperCase() ?? 'WORKGROUP';
  const vendor = random.pick(HARDWARE_VENDORS);
  const model = profile.server ? vendor.models[2] : profile.deviceType === 'Laptop' ? vendor.models[1] : vendor.models[0];
  const processor = profile.server ? PROCESSORS[3] : random.pick(PROCESSORS.slice(0, 3));
  const online = random.chance(0.8);
  const lastSeenMinutesAgo = online ? random.int(0, 4) : random.int(60, 30 * 24 * 60);
  const createdMinutesAgo = random.int(60, 700) * 24 * 60;
  const userFirst = random.pick(FIRST_NAMES).toLowerCase();
  const userLast = random.pick(LAST_NAMES).toLowerCase();
  const lastUser = profile.server ? `${domain}\\administrator` : `${domain}\\${userFirst}.${userLast}`;
  const memoryMb = profile.server ? random.pick([32_768, 65_536, 131_072]) : random.pick([8_192, 16_384, 32_768]);
  const diskTotal = profile.server ? random.pick([480, 960, 1_920]) : random.pick([238, 476, 954]);
  const diskUsed = Math.round(diskTotal * (0.2 + random.next() * 0.75));
  const laptop = profile.deviceType === 'Laptop';
  const designed = random.int(45_000, 60_000);
  const fullCharge = Math.round(designed * (0.7 + random.next() * 0.3));
  const rebootMinutesAgo = lastSeenMinutesAgo + random.int(60, 20 * 24 * 60);
  const agentId = FIRST_SEEDED_ID.agents + index;
  const created = isoMinutesBeforeEpoch(createdMinutesAgo);
  return {
    MachineID: SeededRandom.for(store.seed, 'agent-machine-id', index).guid().replace(/-/g, ''),
    AgentID: agentId,
    DeviceGuid: seededAgentGuid(store.seed, index),
    FolderID: folder?.FolderID ?? null,
    FolderName: folder?.Name ?? null,
    CustomerID: customerId,
    CustomerName: customer?.CustomerName ?? null,
    AgentName: machineName,
    SystemName: machineName,
    MachineName: machineName,
    DomainName: profile.windows ? `${domain.toLowerCase()}.local` : null,
    CurrentLoggedUsers: online && !profile.server ? lastUser : null,
    ComputerDescription: profile.server ? 'File and print server' : random.chance(0.3) ? `${userFirst}'s ${laptop ? 'laptop' : 'desk'}` : null,
    Monitored: true,
    AgentVersion: random.pick(['2.1.5.3', '2.1.6.0', '2.2.0.1']),
    Favorite: random.chance(0.1),
    ThresholdID: profile.server ? 2 : 1,
    MonitoredAgentID: agentId,
    Created: created,
    Modified: isoPlusMinutes(created, random.int(0, createdMinutesAgo)),
    Online: online,
    LastSeen: isoMinutesBeforeEpoch(lastSeenMinutesAgo),
    ReportedFromIP: `203.0.113.${String((customerIndex % 254) + 1)}`,
    AppViewUrl: `https://app.atera.com/new/agent/${String(agentId)}/overview`,
    Motherboard: `${vendor.vendor} ${String(random.int(100, 999))}${random.pick(['A', 'B', 'X'])}`,
    Processor: processor?.name ?? null,
    Memory: memoryMb,
    Display: profile.server ? 'Matrox G200eW3' : random.pick(['Intel(R) UHD Graphics 770', 'Intel(R) Iris(R) Xe Graphics', 'AMD Radeon(TM) Graphics']),
    Sound: profile.server ? null : 'Realtek High Definition Audio',
    ProcessorCoresCount: processor?.cores ?? null,
    SystemDrive: profile.windows ? 'C:' : '/',
    ProcessorClock: processor?.clock ?? null,
    Vendor: vendor.vendor,
    VendorSerialNumber: `${random.pick(['5CG', 'PF3', 'CZC', 'JH7'])}${String(random.int(100_000, 999_999))}`,
    VendorBrandModel: model ?? null,
    ProductName: model ?? null,
    BiosManufacturer: vendor.bios,
    BiosVersion: `${String(random.int(1, 2))}.${String(random.int(0, 30))}.${String(random.int(0, 9))}`,
    BiosReleaseDate: isoMinutesBeforeEpoch(random.int(400, 1_200) * 24 * 60),
    MacAddresses: [Array.from({ length: 6 }, () => hexByte(random)).join('-')],
    IpAddresses: [`10.${String(customerIndex % 256)}.${String((index >> 8) & 255)}.${String(index & 255)}`],
    HardwareDisks: [
      { Drive: profile.windows ? 'C:' : '/', Total: diskTotal, Used: diskUsed, Free: diskTotal - diskUsed },
      ...(profile.server ? [{ Drive: 'D:', Total: 3_840, Used: 2_100, Free: 1_740 }] : []),
    ],
    BatteryInfo: laptop
      ? { Id: 1, Name: `${vendor.vendor} primary battery`, BatteryHealth: Math.round((fullCharge / designed) * 100), DesignedCapacity: designed, FullChargeCapacity: fullCharge, CycleCount: random.int(20, 900) }
      : { Id: 0, Name: null, BatteryHealth: 0, DesignedCapacity: 0, FullChargeCapacity: 0, CycleCount: 0 },
    OS: profile.os,
    OSType: profile.osType,
    WindowsSerialNumber: profile.windows ? `00330-${String(random.int(10_000, 99_999))}-${String(random.int(10_000, 99_999))}-AA${String(random.int(100, 999))}` : null,
    Office: profile.windows && !profile.server ? 'Microsoft 365 Apps for business' : null,
    OfficeSP: null,
    OfficeOEM: profile.windows && !profile.server ? false : null,
    OfficeSerialNumber: null,
    OSNum: profile.osNum,
    LastRebootTime: isoMinutesBeforeEpoch(rebootMinutesAgo),
    OSVersion: profile.version,
    OSBuild: profile.build,
    OfficeFullVersion: profile.windows && !profile.server ? '16.0.17928.20156' : null,
    LastLoginUser: lastUser,
    DeviceType: profile.deviceType,
  };
}

/** Updates an agent has installed (Windows agents only report Windows Update history). */
export function makeInstalledPatches(store: SandboxStore, agent: AgentRecord): InstalledPatchesRecord {
  const random = SeededRandom.for(store.seed, 'agent-installed-patches', agent.AgentID ?? 0);
  const windows = (agent.OS ?? '').includes('Windows');
  const count = windows ? random.int(3, 6) : 0;
  const start = random.int(0, WINDOWS_UPDATES.length - 1);
  return {
    deviceGuid: agent.DeviceGuid,
    timestamp: agent.LastSeen,
    installedUpdates: Array.from({ length: count }, (_, position) => {
      const update = WINDOWS_UPDATES[(start + position) % WINDOWS_UPDATES.length] ?? WINDOWS_UPDATES[0];
      return { name: update.name, class: update.class, kbId: update.kbId, installDate: isoMinutesBeforeEpoch((position + 1) * random.int(2, 12) * 24 * 60) };
    }),
  };
}

/** Updates waiting to be installed: the ones not in the installed list, some of the time. */
export function makeAvailablePatches(store: SandboxStore, agent: AgentRecord): AvailablePatchesRecord {
  const random = SeededRandom.for(store.seed, 'agent-available-patches', agent.AgentID ?? 0);
  const installed = new Set((makeInstalledPatches(store, agent).installedUpdates ?? []).map((update) => update.kbId));
  const windows = (agent.OS ?? '').includes('Windows');
  const missing = windows ? WINDOWS_UPDATES.filter((update) => !installed.has(update.kbId) && random.chance(0.4)) : [];
  return {
    deviceGuid: agent.DeviceGuid,
    timestamp: agent.LastSeen,
    availableUpdates: missing.map((update) => ({ name: update.name, class: update.class, kbId: update.kbId, status: random.pick(['Pending', 'Downloaded', 'Failed']) })),
  };
}
