/**
 * `pnpm bench`: performance checks measured side by side in one run and printed as ratios. Never
 * part of the test suite: shared machines are too noisy for timed assertions.
 */
import { transportOverhead } from './transport-overhead';

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  console.log(`psagate benchmarks (node ${process.version}${quick ? ', quick run' : ''})`);
  await transportOverhead({ rounds: quick ? 3 : 9, requestsPerRound: quick ? 200 : 1_000 });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
