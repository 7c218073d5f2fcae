/** `@psagate/cli`: the `psagate` command line, embeddable through `runCli`. */
export { runCli } from './run-cli';
export { processIo } from './cli-io';
export type { CliIo, OutputStream, InterruptSignal } from './cli-io';
export { ExitCode, exitCodeFor, exitCodeHelp } from './exit-codes';
export type { ExitCodeValue } from './exit-codes';
export { loadConfig } from './config/load-config';
export type { ConfigFlags, LoadedConfig } from './config/load-config';
export { UsageError } from './usage-error';
