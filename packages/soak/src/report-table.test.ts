import { describe, expect, it } from 'vitest';
import { formatFaultKinds, formatSoakTable } from './report-table';
import type { SoakReport } from './soak-report';

const report = (overrides: Partial<SoakReport>): SoakReport => ({
  provider: 'atera',
  seed: 1,
  operations: 5_000,
  operationsByKind: {},
  failedOperations: 10,
  requests: 9_000,
  faultsInjected: 1_800,
  faultsByKind: { '503': 900, slow: 900 },
  retries: 700,
  rateLimitWaits: 12,
  rateLimited: 0,
  injectedRateLimited: 300,
  recordsLost: 0,
  recordsDuplicated: 0,
  writesDuplicated: 0,
  untypedErrors: 0,
  misflaggedErrors: 0,
  failedWritesApplied: 4,
  walksVerified: 40,
  durationMs: 12_345,
  problems: [],
  ...overrides,
});

describe('formatSoakTable', () => {
  it('shows one column per provider, real and injected 429s apart, and the verdict', () => {
    const table = formatSoakTable([report({}), report({ provider: 'halopsa', writesDuplicated: 2 })]);
    expect(table).toMatch(/^\s+atera\s+halopsa$/m);
    expect(table).toMatch(/^429s received: real limiter \*\s+0\s+0$/m);
    expect(table).toMatch(/^429s received: injected\s+300\s+300$/m);
    expect(table).toMatch(/^writes duplicated \*\s+0\s+2$/m);
    expect(table).toMatch(/^faults injected\s+1800 \(20\.0%\)/m);
    expect(table).toMatch(/^result\s+pass\s+FAIL$/m);
  });

  it('shows the walks verified, and fails a provider none of whose walks finished', () => {
    const table = formatSoakTable([report({}), report({ provider: 'automate', walksVerified: 0 })]);
    expect(table).toMatch(/^walks verified \+\s+40\s+0$/m);
    expect(table).toMatch(/^result\s+pass\s+FAIL$/m);
    expect(table).toContain('+ must be above 0');
  });

  it('lists the faults by kind', () => {
    expect(formatFaultKinds([report({})])).toBe('atera faults: 503 900, slow 900');
  });
});
