import { SeededRandom } from '../seeded-random';
import type { AccountRecord, ContactRecord, DepartmentRecord, SlaRecord, TechnicianRecord } from './records';
import type { SandboxStore } from './sandbox-store';
import { customerIdForIndex, customerNameForIndex, customerSlug } from './seed-customers';
import { FIRST_SEEDED_ID } from './seed-ids';
import { isoMinutesBeforeEpoch } from './seed-time';
import { DEPARTMENTS, FIRST_NAMES, JOB_TITLES, LAST_NAMES, SLA_NAMES, TECHNICIAN_NAMES } from './seed-vocabulary';

export function makeAccount(seed: number): AccountRecord {
  const random = SeededRandom.for(seed, 'account', 0);
  return {
    AccountID: random.guid(),
    Country: 'United States',
    CompanyName: 'Sandbox Managed Services',
    CreatedOn: isoMinutesBeforeEpoch(900 * 24 * 60),
    State: 'TX',
    TimeZoneName: 'Central Standard Time',
    City: 'Austin',
    Address: '500 Congress Ave',
    PostalCode: '78701',
    Phone: '+1-555-010-0100',
    IsITDepartment: false,
    Plan: 'Pro',
  };
}

export function makeTechnician(_store: SandboxStore, index: number): TechnicianRecord {
  const name = TECHNICIAN_NAMES[index % TECHNICIAN_NAMES.length] ?? { first: 'Dana', last: 'Whitfield' };
  const round = Math.floor(index / TECHNICIAN_NAMES.length);
  const last = round > 0 ? `${name.last}${round + 1}` : name.last;
  return {
    TechnicianContactID: FIRST_SEEDED_ID.technicians + index,
    FirstName: name.first,
    LastName: last,
    Email: `${name.first.toLowerCase()}.${last.toLowerCase()}@sandbox-msp.example.com`,
  };
}

export function makeSla(_store: SandboxStore, index: number): SlaRecord {
  return { SLAID: FIRST_SEEDED_ID.slas + index, Name: SLA_NAMES[index % SLA_NAMES.length] ?? 'Standard' };
}

export function makeDepartment(_store: SandboxStore, index: number): DepartmentRecord {
  const department = DEPARTMENTS[index % DEPARTMENTS.length] ?? { name: 'Operations', description: null };
  const round = Math.floor(index / DEPARTMENTS.length);
  return {
    Id: FIRST_SEEDED_ID.departments + index,
    Name: round > 0 ? `${department.name} ${round + 1}` : department.name,
    Description: department.description,
  };
}

/** The seeded contact ids of the customer at `customerIndex` are every C-th one from that position. */
export function contactIdsOfSeededCustomer(store: SandboxStore, customerIndex: number): number[] {
  const ids: number[] = [];
  for (let index = customerIndex; index < store.sizes.contacts; index += store.sizes.customers) ids.push(FIRST_SEEDED_ID.contacts + index);
  return ids;
}

export function makeContact(store: SandboxStore, index: number): ContactRecord {
  const random = SeededRandom.for(store.seed, 'contact', index);
  const customerId = customerIdForIndex(store, index);
  const customer = store.customers.get(customerId);
  const first = random.pick(FIRST_NAMES);
  const last = random.pick(LAST_NAMES);
  const createdMinutesAgo = random.int(30, 600) * 24 * 60;
  const department = store.sizes.departments > 0 && random.chance(0.7) ? store.departments.get(FIRST_SEEDED_ID.departments + random.int(0, store.sizes.departments - 1)) : undefined;
  const customerIndex = customerId - FIRST_SEEDED_ID.customers;
  return {
    EndUserID: FIRST_SEEDED_ID.contacts + index,
    CustomerID: customerId,
    CustomerName: customer?.CustomerName ?? null,
    Firstname: first,
    Lastname: last,
    JobTitle: random.pick(JOB_TITLES),
    // The contact's position keeps emails unique even when two contacts share a name.
    Email: `${first.toLowerCase()}.${last.toLowerCase()}${String(index + 1)}@${customerSlug(customerNameForIndex(customerIndex))}.example.com`,
    Phone: `+1-555-${String(200 + (index % 800)).padStart(3, '0')}-${String(random.int(1000, 9999))}`,
    MobilePhone: random.chance(0.6) ? `+1-555-${String(random.int(100, 999))}-${String(random.int(1000, 9999))}` : null,
    IsContactPerson: index < store.sizes.customers,
    InIgnoreMode: random.chance(0.05),
    CreatedOn: isoMinutesBeforeEpoch(createdMinutesAgo),
    LastModified: isoMinutesBeforeEpoch(random.int(1, createdMinutesAgo)),
    Archived: false,
    DepartmentID: department?.Id ?? null,
    DepartmentName: department?.Name ?? null,
    DefaultAgentId: null,
  };
}
