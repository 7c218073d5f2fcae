import { type Gateway, PsaTokens, createPsaContainer, isPsaError, systemClock } from '@psagate/core';
import type { CliIo } from '../cli-io';
import { redactConfig } from '../config/redact-config';
import { ExitCode } from '../exit-codes';
import { type GatewayFlags, type OpenedGateway, openGateway } from '../runtime/open-gateway';
import type { Finding } from './finding';
import { probeOrigin } from './probe-origin';
import { type RateLimitObservation, watchingRateLimiters } from './rate-limit-watch';

const SKEW_WARN_MS = 30_000;
const SKEW_FAIL_MS = 5 * 60_000;
const PROBE_TIMEOUT_MS = 10_000;

/** Runs every check in order, reporting each as soon as it is known; later checks are skipped once one fails hard. */
export async function runDoctor(flags: GatewayFlags, io: CliIo, report: (finding: Finding) => void): Promise<Finding[]> {
  const findings: Finding[] = [];
  const add = (finding: Finding): void => {
    findings.push(finding);
    report(finding);
  };

  const container = createPsaContainer();
  const { registry, observation } = watchingRateLimiters(systemClock);
  container.rebind(PsaTokens.rateLimiters).toConstantValue(registry);

  let opened: OpenedGateway;
  try {
    opened = await openGateway(flags, io, { container });
  } catch (error) {
    add({
      check: 'config',
      status: 'fail',
      detail: isPsaError(error) ? error.message : String(error),
      fix: 'set the settings named above (flags, environment or --config file; see psagate --help)',
      exitCode: ExitCode.config,
    });
    return findings;
  }
  try {
    add(configFinding(opened, flags, io));
    const reachable = await checkReachability(observation, opened, add);
    if (!reachable) return findings;
    const accepted = await checkCredentials(opened.gateway, opened, add);
    if (accepted) add(rateLimitFinding(observation));
  } finally {
    await opened.close();
  }
  return findings;
}

function configFinding(opened: OpenedGateway, flags: GatewayFlags, io: CliIo): Finding {
  const { gateway, loaded } = opened;
  if (!loaded) return { check: 'config', status: 'ok', detail: `${gateway.displayName} sandbox at ${opened.sandboxUrl} (--sandbox)` };
  const providerSource = flags.provider ? '--provider' : io.env.PSAGATE_PROVIDER?.trim() ? 'PSAGATE_PROVIDER' : (loaded.file ?? 'config file');
  return {
    check: 'config',
    status: 'ok',
    detail: `${gateway.displayName} (provider from ${providerSource}${loaded.file ? `, file ${loaded.file}` : ''}): ${JSON.stringify(redactConfig(loaded.config))}`,
  };
}

async function checkReachability(observation: RateLimitObservation, opened: OpenedGateway, add: (finding: Finding) => void): Promise<boolean> {
  const origin = observation.origin;
  if (!origin) {
    add({ check: 'reachable', status: 'skip', detail: 'the provider built no HTTP transport, so there is no address to probe' });
    return true;
  }
  const baseUrlSource = opened.loaded?.sources.baseUrl ?? 'baseUrl';
  const probe = await probeOrigin(origin, PROBE_TIMEOUT_MS);
  if (!probe.reachable) {
    add({
      check: 'reachable',
      status: 'fail',
      detail: `cannot reach ${origin}: ${probe.reason}`,
      fix: `check the address in ${baseUrlSource}, DNS, proxy and firewall; the API must be reachable from this machine`,
      exitCode: ExitCode.unavailable,
    });
    return false;
  }
  add({ check: 'reachable', status: 'ok', detail: `${origin} answered HTTP ${probe.status} in ${probe.elapsedMs} ms (sent without credentials)` });
  if (probe.skewMs === undefined) {
    add({ check: 'clock', status: 'warn', detail: 'the server sent no Date header, so clock skew cannot be checked' });
  } else {
    const skew = Math.abs(probe.skewMs);
    const seconds = (probe.skewMs / 1000).toFixed(1);
    const direction = probe.skewMs > 0 ? 'behind' : 'ahead of';
    if (skew >= SKEW_FAIL_MS) {
      add({ check: 'clock', status: 'fail', detail: `this machine's clock is ${seconds} s ${direction} the server`, fix: 'turn on time sync (NTP): token expiry and rate-limit resets are computed from the local clock', exitCode: ExitCode.config });
    } else if (skew >= SKEW_WARN_MS) {
      add({ check: 'clock', status: 'warn', detail: `this machine's clock is ${seconds} s ${direction} the server`, fix: 'turn on time sync (NTP)' });
    } else {
      add({ check: 'clock', status: 'ok', detail: `within ${Math.max(1, Math.ceil(skew / 1000))} s of the server (Date header)` });
    }
  }
  return true;
}

const PROBE_RESOURCES = ['customers', 'tickets', 'devices', 'alerts'] as const;

async function checkCredentials(gateway: Gateway, opened: OpenedGateway, add: (finding: Finding) => void): Promise<boolean> {
  const resource = PROBE_RESOURCES.find((name) => gateway.capabilities[name].operations.list);
  if (!resource) {
    add({ check: 'credentials', status: 'skip', detail: `${gateway.displayName} lists nothing through the neutral API, so there is no call to try` });
    return true;
  }
  const started = performance.now();
  try {
    const records = await gateway[resource].list().toArray({ limit: 1 });
    add({ check: 'credentials', status: 'ok', detail: `accepted: ${resource}.list answered (${records.length} record) in ${Math.round(performance.now() - started)} ms` });
    return true;
  } catch (error) {
    add(credentialFailure(error, resource, opened));
    return false;
  }
}

function credentialFailure(error: unknown, resource: string, opened: OpenedGateway): Finding {
  const detail = isPsaError(error) ? error.message : String(error);
  const variables = opened.loaded ? credentialVariables(opened.loaded.sources) : 'the credentials';
  if (isPsaError(error, 'authentication')) return { check: 'credentials', status: 'fail', detail, fix: `check ${variables}: the key may be wrong, revoked or for another instance`, exitCode: ExitCode.auth };
  if (isPsaError(error, 'permission')) return { check: 'credentials', status: 'fail', detail, fix: `give the API user behind ${variables} permission to read ${resource}`, exitCode: ExitCode.auth };
  if (isPsaError(error, 'not_found')) return { check: 'credentials', status: 'fail', detail, fix: `the address answers but is not the API: check ${opened.loaded?.sources.baseUrl ?? 'baseUrl'}`, exitCode: ExitCode.config };
  if (isPsaError(error, 'rate_limit') || isPsaError(error, 'network') || isPsaError(error, 'server')) {
    return { check: 'credentials', status: 'fail', detail, fix: 'the API is busy or failing: try again later', exitCode: ExitCode.unavailable };
  }
  return { check: 'credentials', status: 'fail', detail, exitCode: ExitCode.unexpected };
}

/** The variables that hold credentials, by name (`ATERA_API_KEY`), never by value. */
function credentialVariables(sources: Readonly<Record<string, string>>): string {
  const names = Object.entries(sources)
    .filter(([path]) => !path.startsWith('stateStore.') && /key|secret|password|passcode|token|clientid|username/i.test(path))
    .map(([, source]) => source);
  return names.length > 0 ? [...new Set(names)].join(', ') : 'the credentials';
}

function rateLimitFinding(observation: RateLimitObservation): Finding {
  const info = observation.lastInfo;
  const policy = observation.policy;
  const local = policy ? `psagate keeps to ${policy.requestsPerWindow} requests per ${policy.windowMs / 1000} s` : 'psagate keeps to its local budget';
  if (!info || (info.remaining === undefined && info.limit === undefined)) {
    return { check: 'rate limit', status: 'ok', detail: `the server sent no rate-limit headers; ${local}` };
  }
  if (info.remaining !== undefined && info.limit !== undefined) {
    const share = info.limit > 0 ? info.remaining / info.limit : 0;
    const detail = `${info.remaining} of ${info.limit} requests left in the server's window${info.resetAt ? ` (resets ${new Date(info.resetAt).toISOString()})` : ''}; ${local}`;
    if (share < 0.1) return { check: 'rate limit', status: 'warn', detail, fix: 'another client uses most of this key\'s budget: share one (PSAGATE_STATE_STORE_URL) or lower the other\'s rate' };
    return { check: 'rate limit', status: 'ok', detail };
  }
  return { check: 'rate limit', status: 'ok', detail: `${info.remaining ?? '?'} requests left (limit ${info.limit ?? 'unknown'}); ${local}` };
}

