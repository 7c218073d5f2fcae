// A vitest setup file (test.setupFiles): fails the test during which a canary secret was printed.
import { afterAll, afterEach } from 'vitest';
import { guardOutput } from './canary-output-guard';

const guard = guardOutput();

function failOnCanaries(): void {
  const printed = guard.take();
  if (printed.length > 0) throw new Error(`A canary secret was printed to the test output:\n${printed.map((line) => `  - ${line}`).join('\n')}`);
}

afterEach(failOnCanaries);
afterAll(() => {
  try {
    failOnCanaries();
  } finally {
    guard.restore();
  }
});
