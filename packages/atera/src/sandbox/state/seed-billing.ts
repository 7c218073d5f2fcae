import { SeededRandom } from '../seeded-random';
import type { ContractRecord, CustomerRecord, InvoiceRecord, RateRecord } from './records';
import type { SandboxStore } from './sandbox-store';
import { customerIdForIndex } from './seed-customers';
import { FIRST_SEEDED_ID } from './seed-ids';
import { SEED_EPOCH_MS, isoMinutesBeforeEpoch, isoOf } from './seed-time';
import { EXPENSE_RATES, PRODUCT_RATES } from './seed-vocabulary';

type RateTemplate = (typeof PRODUCT_RATES)[number] | (typeof EXPENSE_RATES)[number];

function makeRate(firstId: number, templates: readonly RateTemplate[], index: number): RateRecord {
  const template = templates[index % templates.length] ?? templates[0]!;
  const round = Math.floor(index / templates.length);
  return {
    RateID: firstId + index,
    Amount: template.amount,
    Description: round > 0 ? `${template.description} (${String(round + 1)})` : template.description,
    SKU: round > 0 ? `${template.sku}-${String(round + 1)}` : template.sku,
    Category: template.category,
  };
}

export function makeProduct(_store: SandboxStore, index: number): RateRecord {
  return makeRate(FIRST_SEEDED_ID.products, PRODUCT_RATES, index);
}

export function makeExpense(_store: SandboxStore, index: number): RateRecord {
  return makeRate(FIRST_SEEDED_ID.expenses, EXPENSE_RATES, index);
}

/** A rate placeholder where a contract of another type has no rate: every field present, all empty. */
export const NO_RATE: RateRecord = { RateID: 0, Amount: 0, Description: null, SKU: null, Category: null };

/** A product rate by id, or the empty placeholder. */
export function rateOrNone(store: SandboxStore, rateId: number | null | undefined): RateRecord {
  if (rateId === null || rateId === undefined) return NO_RATE;
  return store.products.get(rateId) ?? store.expenses.get(rateId) ?? NO_RATE;
}

export const CONTRACT_TYPES = ['RetainerFlatFee', 'Hourly', 'BlockHours', 'RemoteMonitoring', 'BlockMoney', 'OnlineBackup', 'ProjectOneTimeFee', 'ProjectHourlyRate'] as const;

/** The type-specific parts of a contract: the one matching its type filled in, the others empty. */
export function contractTerms(
  store: SandboxStore,
  type: string,
  terms: {
    readonly rateId?: number | null | undefined;
    readonly secondRateId?: number | null | undefined;
    readonly quantity?: number | null | undefined;
    readonly billingPeriod?: string | undefined;
    readonly countBy?: string | undefined;
    readonly commitRollover?: boolean | undefined;
    readonly hours?: number | null | undefined;
    readonly amount?: number | null | undefined;
  },
): Pick<
  ContractRecord,
  | 'RetainerFlatFeeContract'
  | 'HourlyContract'
  | 'BlockHoursContract'
  | 'BlockMoneyContract'
  | 'RemoteMonitoringContract'
  | 'OnlineBackupContract'
  | 'ProjectOneTimeFeeContract'
  | 'ProjectHourlyRateContract'
> {
  const mine = (wanted: string): boolean => wanted === type;
  const rate = (wanted: string): RateRecord => (mine(wanted) ? rateOrNone(store, terms.rateId) : NO_RATE);
  const second = (wanted: string): RateRecord => (mine(wanted) ? rateOrNone(store, terms.secondRateId) : NO_RATE);
  const period = terms.billingPeriod ?? 'Monthly';
  const countBy = terms.countBy ?? 'AgentsOnly';
  return {
    RetainerFlatFeeContract: { BillingPeriod: period, Quantity: mine('RetainerFlatFee') ? (terms.quantity ?? 1) : null, Rate: rate('RetainerFlatFee') },
    HourlyContract: { PrimaryRate: rate('Hourly'), AdditionalRates: [], BillingPeriod: period },
    BlockHoursContract: {
      HoursIncluded: mine('BlockHours') ? (terms.hours ?? 10) : null,
      PricePerHour: rate('BlockHours'),
      OverageRate: second('BlockHours'),
      CommitRollover: terms.commitRollover ?? false,
      BillingPeriod: period,
    },
    BlockMoneyContract: {
      Amount: mine('BlockMoney') ? (terms.amount ?? 1_000) : null,
      ContractAmount: rate('BlockMoney'),
      PrimaryRate: second('BlockMoney'),
      AdditionalRates: [],
      CommitRollover: terms.commitRollover ?? false,
      BillingPeriod: period,
    },
    RemoteMonitoringContract: { RatePerDevice: rate('RemoteMonitoring'), CountBy: countBy, BillingPeriod: period },
    OnlineBackupContract: { RatePerGB: rate('OnlineBackup'), CountBy: countBy, BillingPeriod: period },
    ProjectOneTimeFeeContract: { TotalAmount: rate('ProjectOneTimeFee') },
    ProjectHourlyRateContract: { PrimaryRate: rate('ProjectHourlyRate'), AdditionalRates: [] },
  };
}

/** The product a seeded contract of a type bills by (managed devices for monitoring, hours for hourly...). */
function seededRateIdFor(store: SandboxStore, type: string): number | null {
  if (store.sizes.rates === 0) return null;
  const position = { RemoteMonitoring: 3, OnlineBackup: 5, RetainerFlatFee: 4 }[type] ?? 0;
  return FIRST_SEEDED_ID.products + (position % store.sizes.rates);
}

export function makeContract(store: SandboxStore, index: number): ContractRecord {
  const random = SeededRandom.for(store.seed, 'contract', index);
  const customerId = customerIdForIndex(store, index);
  const type = CONTRACT_TYPES[index % CONTRACT_TYPES.length] ?? 'Hourly';
  const startMinutesAgo = random.int(60, 500) * 24 * 60;
  return {
    CustomerID: customerId,
    CustomerName: store.customers.get(customerId)?.CustomerName ?? null,
    ContractID: FIRST_SEEDED_ID.contracts + index,
    ContractName: `${type.replace(/([a-z])([A-Z])/g, '$1 $2')} ${String(2025 + (index % 2))}`,
    ContractType: type,
    Active: random.chance(0.85),
    Default: index < store.sizes.customers,
    Taxable: random.chance(0.5),
    StartDate: isoMinutesBeforeEpoch(startMinutesAgo),
    EndDate: random.chance(0.6) ? isoMinutesBeforeEpoch(startMinutesAgo - 365 * 24 * 60) : null,
    ...contractTerms(store, type, {
      rateId: seededRateIdFor(store, type),
      secondRateId: store.sizes.rates > 1 ? FIRST_SEEDED_ID.products + 1 : null,
      quantity: random.int(1, 5),
      hours: random.pick([10, 20, 40]),
      amount: random.pick([1_000, 2_500, 5_000]),
      billingPeriod: random.pick(['Monthly', 'Quarterly', 'Yearly']),
      commitRollover: random.chance(0.3),
    }),
  };
}

function contactDetails(customer: CustomerRecord | undefined): InvoiceRecord['To'] {
  const zip = Number.parseInt(customer?.ZipCodeStr ?? '', 10);
  return {
    CompanyName: customer?.CustomerName ?? null,
    ContactFirstName: null,
    ContactLastName: null,
    ContactFullName: null,
    Address: customer?.Address ?? null,
    State: customer?.State ?? null,
    Country: customer?.Country ?? null,
    ZipCode: Number.isNaN(zip) ? null : zip,
    City: customer?.City ?? null,
    Phone: customer?.Phone ?? null,
    Email: null,
  };
}

/** Monthly invoices, newest customers' first, going back one month per round of customers. */
export function makeInvoice(store: SandboxStore, index: number): InvoiceRecord {
  const random = SeededRandom.for(store.seed, 'invoice', index);
  const customerId = customerIdForIndex(store, index);
  const customer = store.customers.get(customerId);
  const monthsBack = Math.floor(index / store.sizes.customers) + 1;
  const epoch = new Date(SEED_EPOCH_MS);
  const periodStart = Date.UTC(epoch.getUTCFullYear(), epoch.getUTCMonth() - monthsBack, 1);
  const periodEnd = Date.UTC(epoch.getUTCFullYear(), epoch.getUTCMonth() - monthsBack + 1, 0, 23, 59, 59);
  const taxPercentage = random.pick([0, 6.25, 8.25]);
  const lineCount = store.sizes.rates === 0 ? 0 : random.int(1, 3);
  const lineItems = Array.from({ length: lineCount }, (_, line) => {
    const rate = store.products.get(FIRST_SEEDED_ID.products + ((index + line) % store.sizes.rates));
    const quantity = random.int(1, 20);
    const amount = rate?.Amount ?? 0;
    const subtotal = Math.round(quantity * amount * 100) / 100;
    const tax = Math.round(subtotal * taxPercentage) / 100;
    return {
      Product: rate?.Description ?? null,
      Description: rate === undefined ? null : `${rate.Description ?? ''} x ${String(quantity)}`,
      Quantity: quantity,
      Rate: amount,
      TaxPercentage: taxPercentage,
      DiscountPercentage: null,
      Total: Math.round((subtotal + tax) * 100) / 100,
      Subtotal: subtotal,
      Tax: tax,
      LineIdx: line,
    };
  });
  const subtotal = Math.round(lineItems.reduce((sum, item) => sum + item.Subtotal, 0) * 100) / 100;
  const tax = Math.round(lineItems.reduce((sum, item) => sum + item.Tax, 0) * 100) / 100;
  const invoiceNumber = FIRST_SEEDED_ID.invoices + index;
  const contractIndex = customerId - FIRST_SEEDED_ID.customers;
  return {
    IsAdhoc: random.chance(0.1),
    InvoiceId: SeededRandom.for(store.seed, 'invoice-id', index).guid(),
    InvoiceNumber: invoiceNumber,
    InvoiceNumberAsString: `INV-${String(invoiceNumber)}`,
    Total: Math.round((subtotal + tax) * 100) / 100,
    Subtotal: subtotal,
    Tax: tax,
    TaxPercentage: taxPercentage,
    InvoiceDate: isoOf(periodEnd + 1_000),
    ContractName: contractIndex < store.sizes.contracts ? (store.contracts.get(FIRST_SEEDED_ID.contracts + contractIndex)?.ContractName ?? null) : null,
    PeriodStartDate: isoOf(periodStart),
    PeriodEndDate: isoOf(periodEnd),
    Currency: 'USD',
    LineItems: lineItems,
    From: {
      CompanyName: store.account.CompanyName,
      ContactFirstName: null,
      ContactLastName: null,
      ContactFullName: null,
      Address: store.account.Address,
      State: store.account.State,
      Country: store.account.Country,
      ZipCode: Number.parseInt(store.account.PostalCode ?? '0', 10),
      City: store.account.City,
      Phone: store.account.Phone,
      Email: 'billing@sandbox-msp.example.com',
    },
    To: contactDetails(customer),
  };
}
