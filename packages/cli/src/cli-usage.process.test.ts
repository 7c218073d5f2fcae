import { describe, expect, it } from 'vitest';
import { runPsagate } from './testing/cli-process.test-helpers';

// Each test spawns the CLI as a real process (about a second each): keep this list short.
// Usage, config and --sandbox reads run in-process: run-cli-usage.test.ts.
describe('psagate as a process: help', () => {
  it('prints help with the commands, the config precedence and the exit codes, and exits 0', async () => {
    const { code, stdout } = await runPsagate(['--help']);
    expect(code).toBe(0);
    for (const command of ['tickets', 'devices', 'alerts', 'customers', 'export', 'sandbox', 'doctor', 'serve']) expect(stdout).toContain(command);
    expect(stdout).toContain('Exit codes:');
    expect(stdout).toMatch(/130\s+interrupted/);
    expect(stdout).toContain('Configuration (highest precedence first)');
  });
});
