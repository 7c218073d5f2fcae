/**
 * Lets mocked I/O and promise chains run until `condition` holds: real event-loop turns, no time
 * passes (a test never sleeps). Fails, naming `what`, when it still does not hold after many turns.
 * For tests that act once a request has reached a sandbox: abort it mid-flight, advance a clock.
 */
export async function waitFor(condition: () => boolean, what = 'the condition'): Promise<void> {
  for (let turn = 0; turn < 10_000; turn++) {
    if (condition()) return;
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
  }
  throw new Error(`gave up waiting for ${what}`);
}
