/**
 * The quick start: the main job of an MSP integration, through the neutral API.
 *
 *   pnpm start                                   Atera sandbox on loopback (no account needed)
 *   PSAGATE_PROVIDER=halopsa pnpm start          HaloPSA sandbox (or automate: the Automate sandbox)
 *   ATERA_API_KEY=... pnpm start                 your Atera account, read-only
 *   ATERA_API_KEY=... pnpm start --write         ...and also create/update a ticket and resolve an alert
 *
 * The same job runs against a real HaloPSA or Automate server when its variables are set (see README).
 * PSAGATE_STATE_STORE_URL=redis://... shares the rate budget and token with other processes.
 */
import { type AnyPsaProvider, type Gateway, createGateway, createGatewayFromEnv } from '@psagate/core';
import { ateraProvider } from '@psagate/atera';
import { createAteraSandbox } from '@psagate/atera/sandbox';
import { automateProvider } from '@psagate/automate';
import { createAutomateSandbox } from '@psagate/automate/sandbox';
import { haloProvider } from '@psagate/halopsa';
import { createHaloSandbox } from '@psagate/halopsa/sandbox';
import { redisStateStore } from '@psagate/redis';

const out = (line = ''): void => {
  process.stdout.write(`${line}\n`);
};

/** A sandbox as the quick start uses it: served on loopback, with a gateway config that works against it. */
interface DemoSandbox {
  listen(options: { port: number }): Promise<{ readonly url: string; close(): Promise<void> }>;
  gatewayConfig(url: string): { readonly provider: string };
}

interface Demo {
  readonly provider: AnyPsaProvider;
  /** Set in the environment, this variable means "use my real account" instead of the sandbox. */
  readonly accountVariable: string;
  readonly sandbox: () => DemoSandbox;
}

const demos: Readonly<Record<string, Demo>> = {
  atera: { provider: ateraProvider, accountVariable: 'ATERA_API_KEY', sandbox: () => createAteraSandbox() },
  halopsa: { provider: haloProvider, accountVariable: 'HALOPSA_CLIENT_SECRET', sandbox: () => createHaloSandbox() },
  automate: { provider: automateProvider, accountVariable: 'AUTOMATE_PASSWORD', sandbox: () => createAutomateSandbox() },
};

async function main(): Promise<void> {
  const name = process.env.PSAGATE_PROVIDER ?? 'atera';
  const demo = demos[name];
  if (!demo) throw new Error(`PSAGATE_PROVIDER=${name} is not a provider of the quick start; use one of: ${Object.keys(demos).join(', ')}.`);
  const providers = Object.values(demos).map((entry) => entry.provider);
  const { displayName } = demo.provider;

  if (process.env[demo.accountVariable]) {
    const write = process.argv.includes('--write');
    out(`psagate quick start against your ${displayName} account${write ? '' : ', read-only: pass --write to also create a ticket and resolve an alert'}.`);
    await runMainJob(createGatewayFromEnv({ ...process.env, PSAGATE_PROVIDER: name }, { providers, stateStores: [redisStateStore] }), write);
    return;
  }

  const sandbox = demo.sandbox();
  const server = await sandbox.listen({ port: 0 });
  out(`psagate quick start against the ${displayName} sandbox at ${server.url} (set ${demo.accountVariable} to use your account).`);
  try {
    const stateStoreUrl = process.env.PSAGATE_STATE_STORE_URL;
    const config = { ...sandbox.gatewayConfig(server.url), ...(stateStoreUrl ? { stateStore: { type: 'redis', url: stateStoreUrl } } : {}) };
    await runMainJob(createGateway(config as never, { providers, stateStores: [redisStateStore] }), true);
  } finally {
    await server.close();
  }
}

async function runMainJob(gateway: Gateway, write: boolean): Promise<void> {
  let requests = 0;
  let rateLimitWaits = 0;
  gateway.events.on('response', () => requests++);
  gateway.events.on('rateLimitWait', () => rateLimitWaits++);

  // A live counter on terminals; plain lines when the output is piped.
  const progress = process.stderr.isTTY ? (text: string) => process.stderr.write(`\r\x1b[K${text}`) : () => true;
  const count = async (label: string, items: AsyncIterable<unknown>): Promise<number> => {
    const started = performance.now();
    let seen = 0;
    for await (const _ of items) {
      seen++;
      if (seen % 10 === 0) progress(`  ${label}: ${seen}… (${requests} requests)`);
    }
    progress('');
    out(`  ${label.padEnd(14)} ${String(seen).padStart(6)}   ${((performance.now() - started) / 1000).toFixed(2)} s`);
    return seen;
  };

  out();
  out('Reading:');
  const customers = await count('customers', gateway.customers.list());
  const openTickets = await count('open tickets', gateway.tickets.list({ status: ['open', 'pending'] }));
  const devices = await count('devices', gateway.devices.list());
  const openAlerts = await count('open alerts', gateway.alerts.list({ status: 'open' }));

  let written = 'no writes (read-only run)';
  if (write) {
    out();
    out('Writing:');
    const writes: string[] = [];
    if (gateway.capabilities.tickets.operations.create && gateway.capabilities.tickets.operations.update) {
      const customer = await gateway.customers.list().first();
      const ticket = await gateway.tickets.create({
        title: 'psagate quick start: printer on floor 2 is offline',
        description: 'Created by the psagate quick start.',
        priority: 'high',
        ...(customer ? { customerId: customer.id } : {}),
      });
      out(`  created ticket ${ticket.id} (${ticket.status}, ${ticket.priority}) for ${ticket.customerName ?? 'no customer'}`);
      const updated = await gateway.tickets.update(ticket.id, { status: 'pending' });
      out(`  updated ticket ${updated.id} to ${updated.status}`);
      writes.push('1 ticket created and updated');
    } else {
      out(`  ${gateway.provider}'s API does not create or update tickets: skipped (see gateway.capabilities)`);
    }
    if (gateway.capabilities.alerts.operations.resolve) {
      const alert = await gateway.alerts.list({ status: 'open' }).first();
      if (alert) {
        const resolved = await gateway.alerts.resolve(alert.id);
        out(`  resolved alert ${resolved.id} (${resolved.title ?? 'untitled'}): now ${resolved.status}`);
      }
      writes.push(`${alert ? 1 : 0} alert resolved`);
    } else {
      out(`  ${gateway.provider}'s API does not resolve alerts: skipped (see gateway.capabilities)`);
    }
    written = writes.length > 0 ? writes.join(', ') : 'no writes this provider supports';
  }

  out();
  out(`Summary: ${customers} customers, ${openTickets} open tickets, ${devices} devices, ${openAlerts} open alerts; ${written}; ${requests} HTTP requests, ${rateLimitWaits} rate-limit waits.`);
  await gateway.close();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
