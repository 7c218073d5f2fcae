import { SeededRandom } from '../seeded-random';
import type { CustomerRecord, FolderRecord } from './records';
import type { SandboxStore } from './sandbox-store';
import { COMPANY_KINDS, COMPANY_STEMS, COMPANY_SUFFIXES, STREETS, US_PLACES } from './seed-vocabulary';
import { FIRST_SEEDED_ID } from './seed-ids';
import { isoMinutesBeforeEpoch } from './seed-time';

/** The seeded customer a record at `index` of a customer-owned kind belongs to (round robin). */
export function customerIdForIndex(store: SandboxStore, index: number): number {
  return FIRST_SEEDED_ID.customers + (index % store.sizes.customers);
}

/** Unique and stable for an index: `Northwind Dental LLC`, then `Bluebird Dental Inc.`, ... */
export function customerNameForIndex(index: number): string {
  const stem = COMPANY_STEMS[index % COMPANY_STEMS.length] ?? 'Northwind';
  const kind = COMPANY_KINDS[Math.floor(index / COMPANY_STEMS.length) % COMPANY_KINDS.length] ?? 'Dental';
  const suffix = COMPANY_SUFFIXES[index % COMPANY_SUFFIXES.length] ?? 'LLC';
  const round = Math.floor(index / (COMPANY_STEMS.length * COMPANY_KINDS.length));
  return `${stem} ${kind} ${suffix}${round > 0 ? ` ${round + 1}` : ''}`;
}

/** `northwind-dental` for `Northwind Dental LLC`: the base of domains, emails and machine names. */
export function customerSlug(name: string): string {
  const words = name.toLowerCase().replace(/[^a-z0-9 ]/g, '').split(' ').filter((word) => word.length > 0);
  return words.slice(0, 2).join('-') + (/\d+$/.exec(name)?.[0] ?? '');
}

export function makeCustomer(store: SandboxStore, index: number): CustomerRecord {
  const random = SeededRandom.for(store.seed, 'customer', index);
  const name = customerNameForIndex(index);
  const slug = customerSlug(name);
  const place = random.pick(US_PLACES);
  const createdMinutesAgo = random.int(200, 730) * 24 * 60;
  const modifiedMinutesAgo = random.int(1, Math.floor(createdMinutesAgo / 2));
  const phone = `+1-555-${String(random.int(100, 999))}-${String(random.int(1000, 9999))}`;
  return {
    CustomerID: FIRST_SEEDED_ID.customers + index,
    CustomerName: name,
    CreatedOn: isoMinutesBeforeEpoch(createdMinutesAgo),
    LastModified: isoMinutesBeforeEpoch(modifiedMinutesAgo),
    BusinessNumber: String(random.int(10_000_000, 99_999_999)),
    Domain: `${slug}.example.com`,
    Address: `${String(random.int(10, 9_999))} ${random.pick(STREETS)}`,
    City: place.city,
    State: place.state,
    Country: 'United States',
    Phone: phone,
    Fax: random.chance(0.3) ? `+1-555-${String(random.int(100, 999))}-${String(random.int(1000, 9999))}` : null,
    Notes: random.chance(0.4) ? 'Prefers email contact; office closed on Fridays.' : null,
    Logo: null,
    Links: random.chance(0.5) ? `https://www.${slug}.example.com` : null,
    Longitude: Number((-122 + random.next() * 40).toFixed(6)),
    Latitude: Number((27 + random.next() * 20).toFixed(6)),
    ZipCodeStr: place.zip,
  };
}

/** One folder per seeded customer ("Workstations and servers"). */
export function makeFolder(store: SandboxStore, index: number): FolderRecord {
  return {
    FolderID: FIRST_SEEDED_ID.folders + index,
    Name: 'Workstations and servers',
    CustomerID: FIRST_SEEDED_ID.customers + index,
    ThresholdID: 1 + (index % 3),
  };
}

/** The folder of a seeded customer, by the customer's position. */
export function folderIdForCustomerIndex(customerIndex: number): number {
  return FIRST_SEEDED_ID.folders + customerIndex;
}
