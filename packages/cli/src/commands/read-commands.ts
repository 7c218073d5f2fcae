import { type Command, Option } from 'commander';
import { type ResourceName, tableColumns } from '../output/resources';
import { type CommandContext, interruptibly, note, wholeNumber, withGateway } from './command-context';
import { addFilterOptions, queryFrom } from './filter-options';
import { addOutputOptions, outputModeOf } from './output-options';
import { printRecord, printRecords } from './print-records';
import { resourceOf } from './resource-port';

const DEFAULT_LIMIT = 50;

interface ListOptions {
  readonly limit: number;
  readonly all?: boolean | undefined;
  readonly pageSize?: number | undefined;
  readonly json?: boolean | undefined;
  readonly ndjson?: boolean | undefined;
  readonly [filter: string]: unknown;
}

/** `psagate <resource> list` with the resource's neutral filters. */
export function addListCommand(parent: Command, resource: ResourceName, context: CommandContext): void {
  const list = parent.command('list').description(`list ${resource} (the first ${DEFAULT_LIMIT} unless --limit or --all)`);
  addFilterOptions(list, resource);
  list
    .addOption(new Option('--limit <n>', 'most records to print').argParser(wholeNumber(1)).default(DEFAULT_LIMIT))
    .addOption(new Option('--all', 'print every record (for big lists prefer "psagate export")').conflicts('limit'))
    .option('--page-size <n>', 'records per request (clamped to the provider maximum)', wholeNumber(1));
  addOutputOptions(list);
  list.action(async (options: ListOptions, command: Command) => {
    await withGateway(command, context, (gateway) => interruptibly(context, async (signal) => {
      const paginated = resourceOf(gateway, resource).list(queryFrom(options, resource), { signal });
      const limit = options.all ? undefined : options.limit;
      let more = false;
      async function* limited(): AsyncIterable<unknown> {
        let seen = 0;
        for await (const page of paginated.byPage({ pageSize: options.pageSize ?? (limit !== undefined ? Math.min(limit + 1, paginated.maxPageSize) : undefined) })) {
          for (const item of page.items) {
            if (limit !== undefined && seen === limit) {
              more = true;
              return;
            }
            seen++;
            yield item;
          }
        }
      }
      const count = await printRecords(context.io, outputModeOf(options), limited(), tableColumns[resource]);
      if (count === 0) note(context, command, `No ${resource} found.`);
      else if (more) note(context, command, `Showing the first ${count} ${resource}; pass --limit <n> or --all for more, or use "psagate export ${resource}".`);
    }));
  });
}

/** `psagate <resource> get <id>`. */
export function addGetCommand(parent: Command, resource: ResourceName, context: CommandContext): void {
  const get = parent.command('get').description(`show one of the ${resource} by id`).argument('<id>', 'record id');
  addOutputOptions(get);
  get.action(async (id: string, options: { json?: boolean; ndjson?: boolean }, command: Command) => {
    await withGateway(command, context, (gateway) =>
      interruptibly(context, async (signal) => printRecord(context.io, outputModeOf(options), await resourceOf(gateway, resource).get(id, { signal }))),
    );
  });
}
