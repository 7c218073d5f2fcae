import { type Command, Option } from 'commander';
import { type TicketPriority, type TicketStatus, ticketPriorities, ticketStatuses } from '@psagate/core';
import { tableColumns } from '../output/resources';
import { type CommandContext, interruptibly, note, withGateway } from './command-context';
import { addOutputOptions, outputModeOf } from './output-options';
import { printRecord, printRecords } from './print-records';

interface TicketFieldOptions {
  readonly title?: string;
  readonly description?: string;
  readonly status?: TicketStatus;
  readonly priority?: TicketPriority;
  readonly assignee?: string;
  readonly json?: boolean;
}

const statusOption = () => new Option('--status <status>', 'neutral status').choices(ticketStatuses);
const priorityOption = () => new Option('--priority <priority>', 'neutral priority').choices(ticketPriorities);

/** Only the fields given, so the gateway's validation sees exactly what the user asked for. */
const defined = <T extends object>(fields: T): T => Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as T;

/** `psagate tickets create|update|comment|comments`. */
export function addTicketWriteCommands(tickets: Command, context: CommandContext): void {
  const create = tickets
    .command('create')
    .description('create a ticket')
    .requiredOption('--title <text>', 'ticket title')
    .option('--description <text>', 'ticket description')
    .addOption(statusOption())
    .addOption(priorityOption())
    .option('--customer <id>', 'customer id')
    .option('--device <id>', 'device id')
    .option('--assignee <id>', 'technician id')
    .option('--contact-email <email>', 'end user who reported it')
    .option('--contact-name <name>', 'end user who reported it');
  addOutputOptions(create, { ndjson: false });
  create.action(async (options: TicketFieldOptions & { title: string; customer?: string; device?: string; contactEmail?: string; contactName?: string }, command: Command) => {
    await withGateway(command, context, (gateway) => interruptibly(context, async (signal) => {
      const contact = defined({ email: options.contactEmail, name: options.contactName });
      const ticket = await gateway.tickets.create(
        defined({
          title: options.title,
          description: options.description,
          status: options.status,
          priority: options.priority,
          customerId: options.customer,
          deviceId: options.device,
          assigneeId: options.assignee,
          contact: Object.keys(contact).length > 0 ? contact : undefined,
        }),
        { signal },
      );
      note(context, command, `Created ticket ${ticket.id}.`);
      await printRecord(context.io, outputModeOf(options), ticket);
    }));
  });

  const update = tickets
    .command('update')
    .description('change a ticket (give at least one field)')
    .argument('<id>', 'ticket id')
    .option('--title <text>', 'new title')
    .option('--description <text>', 'new description')
    .addOption(statusOption())
    .addOption(priorityOption())
    .option('--assignee <id>', 'technician id, or "none" to unassign');
  addOutputOptions(update, { ndjson: false });
  update.action(async (id: string, options: TicketFieldOptions, command: Command) => {
    await withGateway(command, context, (gateway) => interruptibly(context, async (signal) => {
      const ticket = await gateway.tickets.update(
        id,
        defined({
          title: options.title,
          description: options.description,
          status: options.status,
          priority: options.priority,
          assigneeId: options.assignee === 'none' ? null : options.assignee,
        }),
        { signal },
      );
      note(context, command, `Updated ticket ${ticket.id}.`);
      await printRecord(context.io, outputModeOf(options), ticket);
    }));
  });

  const comment = tickets
    .command('comment')
    .description('add a comment to a ticket')
    .argument('<id>', 'ticket id')
    .requiredOption('--body <text>', 'comment text')
    .option('--internal', 'hide it from the end user')
    .option('--author-email <email>', 'who wrote it');
  addOutputOptions(comment, { ndjson: false });
  comment.action(async (id: string, options: { body: string; internal?: boolean; authorEmail?: string; json?: boolean }, command: Command) => {
    await withGateway(command, context, (gateway) => interruptibly(context, async (signal) => {
      const added = await gateway.tickets.addComment(id, defined({ body: options.body, isInternal: options.internal === true, authorEmail: options.authorEmail }), { signal });
      note(context, command, `Added comment ${added.id} to ticket ${id}.`);
      await printRecord(context.io, outputModeOf(options), added);
    }));
  });

  const comments = tickets.command('comments').description("list a ticket's comments").argument('<id>', 'ticket id');
  addOutputOptions(comments);
  comments.action(async (id: string, options: { json?: boolean; ndjson?: boolean }, command: Command) => {
    await withGateway(command, context, (gateway) => interruptibly(context, async (signal) => {
      const count = await printRecords(context.io, outputModeOf(options), gateway.tickets.listComments(id, { signal }), tableColumns.comments);
      if (count === 0) note(context, command, `Ticket ${id} has no comments.`);
    }));
  });
}

/** `psagate alerts resolve <id>`. */
export function addAlertWriteCommands(alerts: Command, context: CommandContext): void {
  const resolve = alerts.command('resolve').description('mark an alert resolved').argument('<id>', 'alert id');
  addOutputOptions(resolve, { ndjson: false });
  resolve.action(async (id: string, options: { json?: boolean }, command: Command) => {
    await withGateway(command, context, (gateway) => interruptibly(context, async (signal) => {
      const alert = await gateway.alerts.resolve(id, { signal });
      note(context, command, `Alert ${alert.id} is now ${alert.status}.`);
      await printRecord(context.io, outputModeOf(options), alert);
    }));
  });
}
