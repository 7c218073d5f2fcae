import { CreateRateRequest, UpdateRateRequest } from '../../generated/schemas';
import type { SandboxOperationHandler } from '../operation-handler';
import type { RecordTable } from '../state/record-table';
import type { RateRecord } from '../state/records';
import type { SandboxStore } from '../state/sandbox-store';
import { sandboxStoreOf } from '../state/sandbox-state';
import type { GroupHandlers } from './group-handlers';
import { parseBody } from './request-body';
import { pathId } from './request-values';
import { actionResult, created, failure, json, noContent, notFound, tablePage } from './results';

interface RateKind {
  readonly label: string;
  readonly param: string;
  readonly listRoute: string;
  readonly table: (store: SandboxStore) => RecordTable<RateRecord>;
}

const products: RateKind = { label: 'product', param: 'productId', listRoute: 'GET /api/v3/rates/products', table: (store) => store.products };
const expenses: RateKind = { label: 'expense', param: 'expenseId', listRoute: 'GET /api/v3/rates/expenses', table: (store) => store.expenses };

function list(kind: RateKind): SandboxOperationHandler {
  return (_request, state) => tablePage(kind.table(sandboxStoreOf(state)));
}

function create(kind: RateKind): SandboxOperationHandler {
  return (request, state) => {
    const table = kind.table(sandboxStoreOf(state));
    const parsed = parseBody(request, CreateRateRequest, 'CreateRateRequest');
    if (!parsed.ok) return parsed.result;
    const body = parsed.value;
    if (body.Description === undefined || body.Description === null || body.Description.trim() === '') return failure(400, `Description is required: name the ${kind.label}.`);
    if (body.Amount === undefined) return failure(400, `Amount is required: the price of the ${kind.label}.`);
    if (body.Amount < 0) return failure(400, `Amount must not be negative, got ${String(body.Amount)}.`);
    const rateId = table.allocateId();
    table.insert(rateId, { RateID: rateId, Amount: body.Amount, Description: body.Description, SKU: body.SKU ?? null, Category: body.Category ?? null });
    return created(rateId);
  };
}

function get(kind: RateKind): SandboxOperationHandler {
  return (request, state) => {
    const rateId = pathId(request, kind.param);
    const rate = kind.table(sandboxStoreOf(state)).get(rateId);
    return rate === undefined ? notFound(kind.label, rateId, kind.listRoute) : json(rate);
  };
}

function update(kind: RateKind): SandboxOperationHandler {
  return (request, state) => {
    const table = kind.table(sandboxStoreOf(state));
    const rateId = pathId(request, kind.param);
    const rate = table.get(rateId);
    if (rate === undefined) return notFound(kind.label, rateId, kind.listRoute);
    const parsed = parseBody(request, UpdateRateRequest, 'UpdateRateRequest');
    if (!parsed.ok) return parsed.result;
    const body = parsed.value;
    if (body.Amount !== undefined && body.Amount !== null && body.Amount < 0) return failure(400, `Amount must not be negative, got ${String(body.Amount)}.`);
    table.replace(rateId, {
      RateID: rateId,
      Amount: body.Amount ?? rate.Amount,
      Description: body.Description ?? rate.Description,
      SKU: body.SKU === undefined ? rate.SKU : body.SKU,
      Category: body.Category === undefined ? rate.Category : body.Category,
    });
    return actionResult(rateId);
  };
}

function remove(kind: RateKind): SandboxOperationHandler {
  return (request, state) => {
    const rateId = pathId(request, kind.param);
    return kind.table(sandboxStoreOf(state)).delete(rateId) ? noContent : notFound(kind.label, rateId, kind.listRoute);
  };
}

export const rateHandlers: GroupHandlers<'rates'> = {
  'rates.listProducts': list(products),
  'rates.createProduct': create(products),
  'rates.getProduct': get(products),
  'rates.updateProduct': update(products),
  'rates.deleteProduct': remove(products),
  'rates.listExpenses': list(expenses),
  'rates.createExpense': create(expenses),
  'rates.getExpense': get(expenses),
  'rates.updateExpense': update(expenses),
  'rates.deleteExpense': remove(expenses),
};
