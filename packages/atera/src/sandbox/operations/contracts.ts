import { CreateContractDto, UpdateContractDto } from '../../generated/schemas';
import type { SandboxOperationHandler } from '../operation-handler';
import type { ContractRecord } from '../state/records';
import type { SandboxStore } from '../state/sandbox-store';
import { sandboxStoreOf } from '../state/sandbox-state';
import { contractTerms } from '../state/seed-billing';
import type { GroupHandlers } from './group-handlers';
import { idsOwnedBy } from './ownership';
import { parseBody } from './request-body';
import { pathId } from './request-values';
import { created, failure, idsPage, json, noContent, notFound, tablePage, unknownReference } from './results';

const LIST = 'GET /api/v3/contracts';

/** The rate ids a contract's type-specific part names, by the field that names them. */
function namedRates(body: CreateContractDto): { rateId?: number | null | undefined; secondRateId?: number | null | undefined; fields: Record<string, number | null | undefined> } {
  switch (body.ContractType) {
    case 'RetainerFlatFee':
      return { rateId: body.RetainerFlatFeeContract?.RateID, fields: { 'RetainerFlatFeeContract.RateID': body.RetainerFlatFeeContract?.RateID } };
    case 'Hourly':
      return { rateId: body.HourlyContract?.HourlyRateID, fields: { 'HourlyContract.HourlyRateID': body.HourlyContract?.HourlyRateID } };
    case 'BlockHours':
      return {
        rateId: body.BlockHoursContract?.HourlyRateID,
        secondRateId: body.BlockHoursContract?.OverageRateID,
        fields: { 'BlockHoursContract.HourlyRateID': body.BlockHoursContract?.HourlyRateID, 'BlockHoursContract.OverageRateID': body.BlockHoursContract?.OverageRateID },
      };
    case 'BlockMoney':
      return {
        rateId: body.BlockMoneyContract?.ContractAmountRateID,
        secondRateId: body.BlockMoneyContract?.HourlyRateID,
        fields: { 'BlockMoneyContract.ContractAmountRateID': body.BlockMoneyContract?.ContractAmountRateID, 'BlockMoneyContract.HourlyRateID': body.BlockMoneyContract?.HourlyRateID },
      };
    case 'RemoteMonitoring':
      return { rateId: body.RemoteMonitoringContract?.PerDeviceRateID, fields: { 'RemoteMonitoringContract.PerDeviceRateID': body.RemoteMonitoringContract?.PerDeviceRateID } };
    case 'OnlineBackup':
      return { rateId: body.OnlineBackupContract?.PerGBRateID, fields: { 'OnlineBackupContract.PerGBRateID': body.OnlineBackupContract?.PerGBRateID } };
    case 'ProjectOneTimeFee':
      return { rateId: body.ProjectOneTimeFeeContract?.TotalAmountRateId, fields: { 'ProjectOneTimeFeeContract.TotalAmountRateId': body.ProjectOneTimeFeeContract?.TotalAmountRateId } };
    case 'ProjectHourlyRate':
      return { rateId: body.ProjectHourlyRateContract?.TotalAmountRateId, fields: { 'ProjectHourlyRateContract.TotalAmountRateId': body.ProjectHourlyRateContract?.TotalAmountRateId } };
    default:
      return { fields: {} };
  }
}

/** The parts of a contract's type an update may change (billing period, quantity, hours...). */
function updatedTerms(contract: ContractRecord, body: UpdateContractDto): Partial<ContractRecord> {
  const type = contract.ContractType;
  const period = (part: { BillingPeriod?: string | undefined } | undefined, current: string): string => part?.BillingPeriod ?? current;
  switch (type) {
    case 'RetainerFlatFee': {
      const part = body.RetainerFlatFeeContract;
      const current = contract.RetainerFlatFeeContract;
      return { RetainerFlatFeeContract: { ...current, BillingPeriod: period(part, current.BillingPeriod), Quantity: part?.Quantity === undefined ? current.Quantity : part.Quantity } };
    }
    case 'Hourly': {
      const current = contract.HourlyContract;
      return { HourlyContract: { ...current, BillingPeriod: period(body.HourlyContract, current.BillingPeriod) } };
    }
    case 'BlockHours': {
      const part = body.BlockHoursContract;
      const current = contract.BlockHoursContract;
      return {
        BlockHoursContract: {
          ...current,
          BillingPeriod: period(part, current.BillingPeriod),
          HoursIncluded: part?.HoursIncluded === undefined ? current.HoursIncluded : part.HoursIncluded,
          CommitRollover: part?.CommitRollover ?? current.CommitRollover,
        },
      };
    }
    case 'BlockMoney': {
      const part = body.BlockMoneyContract;
      const current = contract.BlockMoneyContract;
      return { BlockMoneyContract: { ...current, BillingPeriod: period(part, current.BillingPeriod), CommitRollover: part?.CommitRollover ?? current.CommitRollover } };
    }
    case 'RemoteMonitoring': {
      const part = body.RemoteMonitoringContract;
      const current = contract.RemoteMonitoringContract;
      return { RemoteMonitoringContract: { ...current, BillingPeriod: period(part, current.BillingPeriod), CountBy: part?.CountBy ?? current.CountBy } };
    }
    case 'OnlineBackup': {
      const part = body.OnlineBackupContract;
      const current = contract.OnlineBackupContract;
      return { OnlineBackupContract: { ...current, BillingPeriod: period(part, current.BillingPeriod), CountBy: part?.CountBy ?? current.CountBy } };
    }
    default:
      return {};
  }
}

function checkRates(store: SandboxStore, fields: Record<string, number | null | undefined>): string | undefined {
  for (const [field, rateId] of Object.entries(fields)) {
    if (rateId !== undefined && rateId !== null && !store.products.has(rateId) && !store.expenses.has(rateId)) return field;
  }
  return undefined;
}

const updateContract: SandboxOperationHandler = (request, state) => {
  const store = sandboxStoreOf(state);
  const contractId = pathId(request, 'contractId');
  const contract = store.contracts.get(contractId);
  if (contract === undefined) return notFound('contract', contractId, LIST);
  const parsed = parseBody(request, UpdateContractDto, 'UpdateContractDto');
  if (!parsed.ok) return parsed.result;
  const body = parsed.value;
  if (body.ContractName !== undefined && (body.ContractName === null || body.ContractName.trim() === '')) return failure(400, 'ContractName cannot be empty: leave it out to keep the current name.');
  const startDate = body.StartDate === undefined ? contract.StartDate : body.StartDate;
  const endDate = body.EndDate === undefined ? contract.EndDate : body.EndDate;
  if (startDate !== null && endDate !== null && Date.parse(endDate) < Date.parse(startDate)) return failure(400, `EndDate (${endDate}) is before StartDate (${startDate}).`);
  store.contracts.replace(contractId, {
    ...contract,
    ContractName: body.ContractName ?? contract.ContractName,
    Default: body.Default ?? contract.Default,
    StartDate: startDate,
    EndDate: endDate,
    Active: body.Active ?? contract.Active,
    Taxable: body.Taxable ?? contract.Taxable,
    ...updatedTerms(contract, body),
  });
  return noContent;
};

export const contractHandlers: GroupHandlers<'contracts'> = {
  'contracts.list': (_request, state) => tablePage(sandboxStoreOf(state).contracts),

  'contracts.create': (request, state) => {
    const store = sandboxStoreOf(state);
    const parsed = parseBody(request, CreateContractDto, 'CreateContractDto');
    if (!parsed.ok) return parsed.result;
    const body = parsed.value;
    if (body.CustomerID === undefined) return failure(400, 'CustomerID is required: the customer the contract is with.');
    const customer = store.customers.get(body.CustomerID);
    if (customer === undefined) return unknownReference('CustomerID', 'customer', body.CustomerID);
    if (body.ContractName === undefined || body.ContractName === null || body.ContractName.trim() === '') return failure(400, 'ContractName is required: name the contract.');
    if (body.ContractType === undefined) return failure(400, 'ContractType is required: one of RetainerFlatFee, BlockHours, Hourly, RemoteMonitoring, BlockMoney, ProjectOneTimeFee, ProjectHourlyRate, OnlineBackup.');
    if (body.SLAId !== undefined && !store.slas.has(body.SLAId)) return unknownReference('SLAId', 'SLA', body.SLAId);
    if (body.StartDate && body.EndDate && Date.parse(body.EndDate) < Date.parse(body.StartDate)) return failure(400, `EndDate (${body.EndDate}) is before StartDate (${body.StartDate}).`);
    const rates = namedRates(body);
    const badRate = checkRates(store, rates.fields);
    if (badRate !== undefined) return unknownReference(badRate, 'product or expense rate', rates.fields[badRate] ?? '');
    const contractId = store.contracts.allocateId();
    const part = (body[`${body.ContractType}Contract` as keyof typeof body] ?? {}) as { BillingPeriod?: string; CountBy?: string; Quantity?: number | null; HoursIncluded?: number | null; CommitRollover?: boolean };
    store.contracts.insert(contractId, {
      CustomerID: body.CustomerID,
      CustomerName: customer.CustomerName,
      ContractID: contractId,
      ContractName: body.ContractName,
      ContractType: body.ContractType,
      Active: body.Active ?? true,
      Default: body.Default ?? false,
      Taxable: body.Taxable ?? false,
      StartDate: body.StartDate ?? null,
      EndDate: body.EndDate ?? null,
      ...contractTerms(store, body.ContractType, {
        rateId: rates.rateId,
        secondRateId: rates.secondRateId,
        quantity: part.Quantity ?? null,
        hours: part.HoursIncluded ?? null,
        amount: null,
        ...(part.BillingPeriod === undefined ? {} : { billingPeriod: part.BillingPeriod }),
        ...(part.CountBy === undefined ? {} : { countBy: part.CountBy }),
        ...(part.CommitRollover === undefined ? {} : { commitRollover: part.CommitRollover }),
      }),
    });
    return created(contractId);
  },

  'contracts.get': (request, state) => {
    const contractId = pathId(request, 'contractId');
    const contract = sandboxStoreOf(state).contracts.get(contractId);
    return contract === undefined ? notFound('contract', contractId, LIST) : json(contract);
  },

  'contracts.update': updateContract,
  'contracts.updateViaPost': updateContract,

  'contracts.listByCustomer': (request, state) => {
    const store = sandboxStoreOf(state);
    const customerId = pathId(request, 'customerId');
    if (!store.customers.has(customerId)) return notFound('customer', customerId, 'GET /api/v3/customers');
    return idsPage(store.contracts, idsOwnedBy(store, store.contracts, customerId, (contract) => contract.CustomerID));
  },
};
