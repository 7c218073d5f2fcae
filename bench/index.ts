/**
 * `pnpm bench`: performance checks measured side by side in one run and printed as ratios. Never
 * part of the test suite: shared machines are too noisy for timed assertions.
 */
import { ateraPageConcurrency } from './atera-page-concurrency';
import { ateraSustainedLoad } from './atera-sustained-load';
import { ateraWalk } from './atera-walk';
import { redisSharedBudget } from './redis-shared-budget';
import { transportOverhead } from './transport-overhead';

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  console.log(`psagate benchmarks (node ${process.version}${quick ? ', quick run' : ''})`);
  await transportOverhead({ rounds: quick ? 3 : 9, requestsPerRound: quick ? 200 : 1_000 });
  await ateraWalk({ agents: quick ? 2_000 : 10_000, latencyMs: 100 });
  await ateraPageConcurrency({ agents: quick ? 1_000 : 2_000, rounds: quick ? 1 : 5, latencyMs: { min: 50, max: 100 } });
  await ateraSustainedLoad({ requestsPerWindow: quick ? 60 : 120, windowMs: quick ? 2_000 : 3_000, windows: quick ? 3 : 5, callers: 16 });
  await redisSharedBudget({ processes: 4, requestsPerWindow: quick ? 60 : 120, windowMs: quick ? 2_000 : 3_000, windows: quick ? 2 : 5, callers: 8 });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
