import { describe, expect, it } from 'vitest';
import type { ContractRecord } from '../state/records';
import { createSandboxState } from '../state/sandbox-state';
import { bodyOf, call, createdId, listAll } from './handler-test-kit';

describe('contract handlers', () => {
  it('creates an hourly contract priced by an existing product rate, listed for its customer', () => {
    const state = createSandboxState({ seed: 3 });
    const customerId = state.customerIds[2] ?? 0;
    const result = call(state, 'contracts.create', {
      body: { CustomerID: customerId, ContractName: 'Support 2027', ContractType: 'Hourly', StartDate: '2027-01-01T00:00:00Z', HourlyContract: { HourlyRateID: 1, BillingPeriod: 'Monthly' } },
    });
    expect(result).toMatchObject({ kind: 'json', status: 201 });
    const contractId = createdId(result);
    const contract = bodyOf<ContractRecord>(call(state, 'contracts.get', { path: { contractId } }));
    expect(contract).toMatchObject({ ContractName: 'Support 2027', ContractType: 'Hourly', CustomerID: customerId, Active: true });
    expect(contract.HourlyContract.PrimaryRate).toEqual(state.products.get(1));
    const mine = listAll<ContractRecord>(call(state, 'contracts.listByCustomer', { path: { customerId } }));
    expect(mine.map((found) => found.ContractID)).toContain(contractId);
    for (const found of mine) expect(found.CustomerID).toBe(customerId);
  });

  it('rejects a contract naming an unknown rate or customer', () => {
    const state = createSandboxState({ seed: 3 });
    const badRate = call(state, 'contracts.create', { body: { CustomerID: state.customerIds[0], ContractName: 'X', ContractType: 'Hourly', HourlyContract: { HourlyRateID: 999 } } });
    expect(badRate.kind === 'error' && badRate.message).toMatch(/HourlyContract.HourlyRateID 999/);
    expect(call(state, 'contracts.create', { body: { CustomerID: 1, ContractName: 'X', ContractType: 'Hourly' } })).toMatchObject({ kind: 'error', status: 400 });
    expect(call(state, 'contracts.listByCustomer', { path: { customerId: 1 } })).toMatchObject({ kind: 'error', status: 404 });
  });

  it('updates with PUT or POST (204), including the billing period of its type', () => {
    const state = createSandboxState({ seed: 3 });
    const contractId = 401;
    const type = state.contracts.get(contractId)?.ContractType;
    expect(type).toBe('RetainerFlatFee');
    expect(call(state, 'contracts.update', { path: { contractId }, body: { ContractName: 'Renamed', RetainerFlatFeeContract: { Quantity: 7, BillingPeriod: 'Yearly' } } })).toEqual({ kind: 'empty', status: 204 });
    expect(call(state, 'contracts.updateViaPost', { path: { contractId }, body: { Active: false } })).toEqual({ kind: 'empty', status: 204 });
    const contract = bodyOf<ContractRecord>(call(state, 'contracts.get', { path: { contractId } }));
    expect(contract).toMatchObject({ ContractName: 'Renamed', Active: false, RetainerFlatFeeContract: { Quantity: 7, BillingPeriod: 'Yearly' } });
    expect(call(state, 'contracts.update', { path: { contractId: 1 }, body: {} })).toMatchObject({ kind: 'error', status: 404 });
  });
});
