import { createAteraSandbox } from '@psagate/atera/sandbox';
import { FakeClock, waitFor } from '@psagate/core/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { ExitCode } from './exit-codes';
import { startCliInMemory } from './testing/memory-io.test-helpers';

/**
 * Ctrl-C while a single call is at the PSA: the CLI aborts it through the call's signal, as it stops
 * an export. The Atera sandbox on loopback holds every answer until its own clock is advanced.
 */
let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

async function heldAtera() {
  const sandbox = createAteraSandbox({ latencyMs: 1_000, clock: new FakeClock({ autoAdvance: false }) });
  const psa = await sandbox.listen({ port: 0 });
  close = () => psa.close();
  const env = { PSAGATE_PROVIDER: 'atera', ATERA_API_KEY: sandbox.apiKey, ATERA_BASE_URL: psa.url, PSAGATE_MAX_ATTEMPTS: '1' };
  return { sandbox, env };
}

describe('Ctrl-C during a single call', () => {
  it('aborts a get at the PSA and ends with status 130', async () => {
    const { sandbox, env } = await heldAtera();
    const cli = startCliInMemory(['tickets', 'get', String(sandbox.state.ticketIds[0])], { env });
    await waitFor(() => sandbox.requestCount() === 1, 'the get to reach the PSA');
    expect(cli.listeners.size).toBe(1);
    cli.interrupt();
    const { code, stderr, stdout } = await cli.exited;
    expect(code, stderr).toBe(ExitCode.interrupted);
    expect(stderr).toMatch(/^psagate: interrupted: atera GET \/api\/v3\/tickets\/\{ticketId\} failed: the request was aborted by the caller\./);
    expect(stdout).toBe('');
    expect(cli.listeners.size).toBe(0);
  });

  it('aborts a create the PSA already applied and ends with status 8, saying it may have been applied', async () => {
    const { sandbox, env } = await heldAtera();
    const before = sandbox.state.ticketIds.length;
    const cli = startCliInMemory(['tickets', 'create', '--title', 'Printer offline', '--description', 'Floor 2', '--contact-email', 'mila.novak1@northwind-dental.example.com'], { env });
    await waitFor(() => sandbox.stats().writesApplied === 1, 'the PSA to apply the create');
    cli.interrupt();
    const { code, stderr } = await cli.exited;
    expect(code, stderr).toBe(ExitCode.maybeApplied);
    expect(stderr).toContain('may have been applied');
    expect(sandbox.state.ticketIds).toHaveLength(before + 1);
    expect(cli.listeners.size).toBe(0);
  });

  it('stops a list walk at the first Ctrl-C with status 130', async () => {
    const { sandbox, env } = await heldAtera();
    const cli = startCliInMemory(['customers', 'list', '--all'], { env });
    await waitFor(() => sandbox.requestCount() === 1, 'the first page to be asked for');
    cli.interrupt();
    const { code, stderr } = await cli.exited;
    expect(code, stderr).toBe(ExitCode.interrupted);
    expect(sandbox.requestCount()).toBe(1);
  });
});
