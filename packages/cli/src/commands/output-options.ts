import { type Command, Option } from 'commander';

export type OutputMode = 'table' | 'json' | 'ndjson';

/** `--json` / `--ndjson`; a human-readable table without either. */
export function addOutputOptions(command: Command, { ndjson = true } = {}): Command {
  command.addOption(new Option('--json', 'print JSON (the full neutral records, raw included)').conflicts('ndjson'));
  if (ndjson) command.addOption(new Option('--ndjson', 'print one JSON record a line'));
  return command;
}

export function outputModeOf(options: { readonly json?: boolean | undefined; readonly ndjson?: boolean | undefined }): OutputMode {
  if (options.json) return 'json';
  if (options.ndjson) return 'ndjson';
  return 'table';
}
