import { parseArgs } from 'node:util';
import { type SandboxFaultKind, sandboxFaultKinds } from '@psagate/core/sandbox-kit';
import { formatFaultKinds, formatSoakTable } from './report-table';
import { runSoak } from './run-soak';
import { defaultSoakOptions } from './soak-options';
import { soakPassed } from './soak-report';
import { soakTargets } from './targets/index';

/** The soak's report goes to stdout (the repo's lint keeps console.log out of library code). */
const print = (text = ''): void => {
  process.stdout.write(`${text}\n`);
};

const usage = `pnpm soak [--provider atera,halopsa,automate] [--ops 5000] [--seed N] [--fault-rate 0.2] [--kinds 500,503,slow,...] [--concurrency 8]`;

/** `pnpm soak`: every provider's sandbox under a seeded, fault-heavy workload; exits 1 when a check fails. */
async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      provider: { type: 'string', multiple: true },
      ops: { type: 'string' },
      seed: { type: 'string' },
      'fault-rate': { type: 'string' },
      concurrency: { type: 'string' },
      kinds: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    print(usage);
    return 0;
  }
  const names = (values.provider ?? Object.keys(soakTargets)).flatMap((value) => value.split(',')).map((name) => name.trim()).filter(Boolean);
  const unknown = names.filter((name) => !(name in soakTargets));
  if (unknown.length > 0) {
    console.error(`Unknown provider ${unknown.join(', ')}; choose from ${Object.keys(soakTargets).join(', ')}.\n${usage}`);
    return 2;
  }
  const operations = integer(values.ops, '--ops') ?? defaultSoakOptions.operations;
  const seed = integer(values.seed, '--seed') ?? defaultSoakOptions.seed;
  const concurrency = integer(values.concurrency, '--concurrency') ?? defaultSoakOptions.concurrency;
  const faultRate = values['fault-rate'] === undefined ? defaultSoakOptions.faultRate : Number(values['fault-rate']);
  if (!(faultRate >= 0 && faultRate <= 1)) throw new Error(`--fault-rate must be between 0 and 1, got ${values['fault-rate']}.\n${usage}`);
  const faultKinds = values.kinds === undefined ? defaultSoakOptions.faultKinds : values.kinds.split(',').map((kind) => kind.trim()).filter(Boolean);
  const badKinds = faultKinds.filter((kind) => !(sandboxFaultKinds as readonly string[]).includes(kind));
  if (badKinds.length > 0 || faultKinds.length === 0) throw new Error(`--kinds takes fault kinds from: ${sandboxFaultKinds.join(', ')}.\n${usage}`);

  print(`psagate soak: seed ${seed}, ${operations} operations per provider, ${Math.round(faultRate * 100)}% of responses faulted (${faultKinds.length === sandboxFaultKinds.length ? 'every fault kind' : faultKinds.join(', ')}), providers ${names.join(', ')}`);
  const started = Date.now();
  // The providers run side by side, each against its own sandbox on its own port.
  const reports = await Promise.all(names.map((name) => runSoak(soakTargets[name] as (typeof soakTargets)[string], { operations, seed, faultRate, concurrency, faultKinds: faultKinds as SandboxFaultKind[] })));
  print();
  print(formatSoakTable(reports));
  print();
  print(formatFaultKinds(reports));
  for (const report of reports) {
    for (const problem of report.problems) print(`${report.provider}: ${problem}`);
  }
  const passed = reports.every(soakPassed);
  print(`\n${passed ? 'PASS' : 'FAIL'} in ${((Date.now() - started) / 1000).toFixed(1)} s (seed ${seed}; --seed ${seed} repeats the same workload and fault sequence, though with concurrency above 1 which request draws which fault depends on timing)`);
  return passed ? 0 : 1;
}

function integer(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isSafeInteger(parsed) || parsed < 0) throw new Error(`${name} must be a whole number, got ${value}.\n${usage}`);
  return parsed;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 2;
  },
);
