import { type Environment, ConfigError } from '@psagate/core';
import type { SandboxSettings } from './provider-catalogue';

/** Variables that tune the `--sandbox` of any command (handy for demos and tests). */
export const sandboxEnvVariables = {
  enabled: 'PSAGATE_SANDBOX',
  seed: 'PSAGATE_SANDBOX_SEED',
  latencyMs: 'PSAGATE_SANDBOX_LATENCY_MS',
  faults: 'PSAGATE_SANDBOX_FAULTS',
  size: 'PSAGATE_SANDBOX_SIZE',
  requestsPerMinute: 'PSAGATE_SANDBOX_REQUESTS_PER_MINUTE',
} as const;

/** True when `PSAGATE_SANDBOX` is set to a yes value (1, true, yes, on). */
export function sandboxRequested(env: Environment): boolean {
  return /^(1|true|yes|on)$/i.test(env[sandboxEnvVariables.enabled]?.trim() ?? '');
}

/** Reads the sandbox tuning variables; every problem is reported in one ConfigError. */
export function sandboxSettingsFromEnv(env: Environment): SandboxSettings {
  const problems: string[] = [];
  const read = (name: string, check: (value: number) => boolean, expected: string): number | undefined => {
    const raw = env[name]?.trim();
    if (!raw) return undefined;
    const value = Number(raw);
    if (!check(value)) {
      problems.push(`  - ${name}: must be ${expected}`);
      return undefined;
    }
    return value;
  };
  const wholeNumber = (value: number) => Number.isSafeInteger(value) && value >= 0;
  const settings: SandboxSettings = {
    seed: read(sandboxEnvVariables.seed, wholeNumber, 'a whole number'),
    latencyMs: read(sandboxEnvVariables.latencyMs, wholeNumber, 'a whole number of milliseconds'),
    faults: read(sandboxEnvVariables.faults, (value) => value >= 0 && value <= 1, 'a share between 0 and 1'),
    size: read(sandboxEnvVariables.size, wholeNumber, 'a whole number of records'),
    requestsPerMinute: read(sandboxEnvVariables.requestsPerMinute, wholeNumber, 'a whole number (0 for no limit)'),
  };
  if (problems.length > 0) throw new ConfigError(`Invalid sandbox settings (${problems.length === 1 ? '1 problem' : `${problems.length} problems`}):\n${problems.join('\n')}`);
  return settings;
}
