import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { extname, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { Argument, type Command, Option } from 'commander';
import { ExitCode } from '../exit-codes';
import { UsageError } from '../usage-error';
import { describeProgress, formatDuration, ExportStats } from '../export/export-stats';
import { createExportProgress } from '../export/export-progress';
import { runExport } from '../export/run-export';
import { type RecordFormat, createRecordWriter, recordFormats } from '../output/record-writer';
import { type ResourceName, csvFields, resourceNames } from '../output/resources';
import { type CommandContext, globalsOf, wholeNumber, withGateway } from './command-context';
import { addFilterOptions, queryFrom } from './filter-options';
import { resourceOf } from './resource-port';

interface ExportOptions {
  readonly format?: RecordFormat | undefined;
  readonly out?: string | undefined;
  readonly pageSize?: number | undefined;
  readonly [filter: string]: unknown;
}

const formatsByExtension: Readonly<Record<string, RecordFormat>> = { '.csv': 'csv', '.json': 'json', '.ndjson': 'ndjson', '.jsonl': 'ndjson' };

/** The format asked for, else the one the file name suggests, else ndjson. */
export function exportFormatOf(format: RecordFormat | undefined, out: string | undefined): RecordFormat {
  return format ?? (out ? formatsByExtension[extname(out).toLowerCase()] : undefined) ?? 'ndjson';
}

/** `psagate export <resource> --format … --out FILE`: a full walk streamed to a file with progress. */
export function addExportCommand(program: Command, context: CommandContext): void {
  const exportCommand = program
    .command('export')
    .description('stream every record of a resource to a file (or stdout), with progress; Ctrl-C stops cleanly')
    .addArgument(new Argument('<resource>', 'what to export').choices(resourceNames))
    .addOption(new Option('--format <format>', 'output format (default: from the --out extension, else ndjson)').choices(recordFormats))
    .option('--out <file>', 'file to write (default: stdout)')
    .option('--page-size <n>', 'records per request (clamped to the provider maximum)', wholeNumber(1));
  addFilterOptions(exportCommand);
  exportCommand.action(async (resource: ResourceName, options: ExportOptions, command: Command) => {
    const format = exportFormatOf(options.format, options.out);
    const quiet = globalsOf(command).quiet === true;
    const stderr = context.io.stderr;
    await withGateway(command, context, async (gateway) => {
      const list = resourceOf(gateway, resource).list(queryFrom(options, resource));
      const target = options.out && options.out !== '-' ? resolve(context.io.cwd, options.out) : undefined;
      const stream = target ? await openFile(target) : context.io.stdout;
      const stats = new ExportStats();
      const controller = new AbortController();
      const unsubscribe = context.io.onInterrupt(() => controller.abort());
      const stopWatching = gateway.events.on('rateLimitWait', (event) => {
        stats.rateLimitWaits++;
        stats.rateLimitWaitMs += event.waitMs;
      });
      const progress = createExportProgress(stats, { stream: stderr, label: `Exporting ${resource}`, quiet });
      let outcome;
      try {
        outcome = await runExport({ list, writer: createRecordWriter(format, stream, csvFields[resource]), stats, progress, signal: controller.signal, pageSize: options.pageSize });
      } finally {
        unsubscribe();
        stopWatching();
        if (target) await closeFile(stream);
      }
      const where = target ? ` to ${options.out}` : '';
      if (outcome.interrupted) {
        if (!quiet) stderr.write(`Interrupted: wrote ${stats.records} ${resource} (${stats.pages} pages)${where} in ${formatDuration(stats.elapsedMs / 1000)}; the ${format} output is complete up to there.\n`);
        context.exitCode = ExitCode.interrupted;
        return;
      }
      if (outcome.error !== undefined) {
        if (!quiet) stderr.write(`Stopped by an error after ${stats.records} ${resource} (${stats.pages} pages)${where}; the ${format} output is complete up to there.\n`);
        throw outcome.error;
      }
      if (!quiet) stderr.write(`Exported ${stats.records} ${resource}${where} as ${format}: ${describeProgress(stats).replace(/, ETA [^,]+/, '')}, ${formatDuration(stats.elapsedMs / 1000)}.\n`);
    });
  });
}

async function openFile(path: string): Promise<Writable> {
  const stream = createWriteStream(path);
  try {
    await once(stream, 'open');
  } catch (error) {
    throw new UsageError(`Cannot write ${path} (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}): check the --out path and that its folder exists and is writable.`);
  }
  return stream;
}

async function closeFile(stream: Writable): Promise<void> {
  stream.end();
  await once(stream, 'close');
}
