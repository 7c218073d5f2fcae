/**
 * The quick start: runs the main job through the neutral API against an in-process sandbox.
 * No PSA provider has landed yet, so it uses the example adapter that ships with @psagate/core.
 */
import { createGateway } from '@psagate/core';
import { setupServer } from 'msw/node';
import { helpdeskProvider } from '../packages/core/examples/helpdesk/helpdesk-provider';
import { createHelpdeskSandbox } from '../packages/core/examples/helpdesk/helpdesk-sandbox';

const out = (line = ''): void => {
  process.stdout.write(`${line}\n`);
};

async function main(): Promise<void> {
  out('psagate: no PSA provider has landed yet (Atera comes next).');
  out('Running the main job against the example "Helpdesk" adapter on an in-process sandbox instead.');
  out();

  const sandbox = createHelpdeskSandbox();
  const server = setupServer(...sandbox.handlers);
  server.listen({ onUnhandledRequest: 'error' });
  try {
    const gateway = createGateway({ provider: 'helpdesk', apiKey: sandbox.apiKey, baseUrl: sandbox.baseUrl }, { providers: [helpdeskProvider] });
    let requests = 0;
    gateway.events.on('response', () => requests++);

    // A live counter on terminals; plain lines when the output is piped.
    const progress = process.stderr.isTTY ? (text: string) => process.stderr.write(`\r\x1b[K${text}`) : () => true;
    const count = async (label: string, items: AsyncIterable<unknown>): Promise<number> => {
      let seen = 0;
      for await (const _ of items) progress(`  ${label}: ${++seen}…`);
      progress('');
      out(`  ${label.padEnd(14)} ${seen}`);
      return seen;
    };

    out('Reading:');
    const customers = await count('customers', gateway.customers.list());
    const openTickets = await count('open tickets', gateway.tickets.list({ status: ['open', 'pending', 'in_progress'] }));
    const devices = await count('devices', gateway.devices.list());
    const openAlerts = await count('open alerts', gateway.alerts.list({ status: 'open' }));

    out();
    out('Writing:');
    const customer = await gateway.customers.list().first();
    const ticket = await gateway.tickets.create({
      title: 'Quick start: printer on floor 2 is offline',
      priority: 'high',
      ...(customer ? { customerId: customer.id } : {}),
    });
    out(`  created ticket ${ticket.id} (${ticket.status}, ${ticket.priority})`);
    const updated = await gateway.tickets.update(ticket.id, { status: 'in_progress' });
    out(`  updated ticket ${updated.id} to ${updated.status}`);
    const alert = await gateway.alerts.list({ status: 'open' }).first();
    if (alert) {
      const resolved = await gateway.alerts.resolve(alert.id);
      out(`  resolved alert ${resolved.id} (${resolved.title})`);
    }

    out();
    out(
      `Summary: ${customers} customers, ${openTickets} open tickets, ${devices} devices, ${openAlerts} open alerts; ` +
        `1 ticket created and updated, ${alert ? 1 : 0} alert resolved, ${requests} HTTP requests.`,
    );
    await gateway.close();
  } finally {
    server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
