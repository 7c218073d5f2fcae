import { Command, Option } from 'commander';
import packageJson from '../package.json' with { type: 'json' };
import { addExportCommand } from './commands/export-command';
import { addListCommand, addGetCommand } from './commands/read-commands';
import { addAlertWriteCommands, addTicketWriteCommands } from './commands/write-commands';
import { addSandboxCommand } from './commands/sandbox-command';
import { addDoctorCommand } from './commands/doctor-command';
import { addServeCommand } from './commands/serve-command';
import { type CommandContext, wholeNumber } from './commands/command-context';
import { providerNames } from './config/provider-catalogue';
import { exitCodeHelp } from './exit-codes';
import { resourceNames } from './output/resources';

const configHelp = `Configuration (highest precedence first):
  1. flags: --provider, --base-url, --timeout (credentials are never flags: flags show in ps)
  2. environment: PSAGATE_PROVIDER and the provider's variables, e.g. ATERA_API_KEY,
     HALOPSA_BASE_URL / HALOPSA_CLIENT_ID / HALOPSA_CLIENT_SECRET,
     AUTOMATE_BASE_URL / AUTOMATE_USERNAME / AUTOMATE_PASSWORD / AUTOMATE_CLIENT_ID,
     plus PSAGATE_TIMEOUT_MS, PSAGATE_MAX_ATTEMPTS, PSAGATE_STATE_STORE_URL, ...
  3. a JSON file (--config FILE or PSAGATE_CONFIG) shaped like the createGateway config,
     e.g. {"provider": "atera", "apiKey": "..."}
  --sandbox (or PSAGATE_SANDBOX=1) ignores all three and uses an in-process sandbox.`;

const examples = `Examples:
  psagate tickets list --sandbox --status open,pending
  psagate tickets get 12 --json
  psagate tickets create --title "Printer offline" --priority high
  psagate alerts resolve 7
  psagate export devices --format csv --out devices.csv
  psagate sandbox atera --port 4010 --seed 7 --faults 0.2
  psagate doctor`;

/** The `psagate` command tree. Actions report through `context`; errors propagate to `runCli`. */
export function createProgram(context: CommandContext): Command {
  const { io } = context;
  const program = new Command('psagate')
    .description('One command line for PSA and RMM platforms: Atera, HaloPSA, ConnectWise Automate.')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(text.replace(/^error: /, 'psagate: ')),
    })
    .configureHelp({ showGlobalOptions: true })
    .showHelpAfterError('(run with --help for usage)')
    .showSuggestionAfterError(true)
    .version(packageJson.version, '-V, --version')
    .addOption(new Option('--provider <name>', `provider to use: ${providerNames.join(', ')}`))
    .addOption(new Option('--config <file>', 'JSON config file (same shape as the createGateway config)'))
    .addOption(new Option('--base-url <url>', "the provider's API address (overrides the environment and the file)"))
    .addOption(new Option('--timeout <ms>', 'per-request timeout').argParser(wholeNumber(1)))
    .addOption(new Option('--sandbox', "use the provider's in-process sandbox (no account needed; also PSAGATE_SANDBOX=1)"))
    .addOption(new Option('-q, --quiet', 'no progress, hints or summaries on stderr'))
    .addOption(new Option('--debug', 'print stack traces of unexpected errors'))
    .addHelpText('after', `\n${configHelp}\n\n${exitCodeHelp}\n\n${examples}\n`);

  for (const resource of resourceNames) {
    const group = program.command(resource).description(`${resource}: list, get${resource === 'tickets' ? ', create, update, comment' : resource === 'alerts' ? ', resolve' : ''}`);
    addListCommand(group, resource, context);
    addGetCommand(group, resource, context);
    if (resource === 'tickets') addTicketWriteCommands(group, context);
    if (resource === 'alerts') addAlertWriteCommands(group, context);
  }
  addExportCommand(program, context);
  addSandboxCommand(program, context);
  addDoctorCommand(program, context);
  addServeCommand(program, context);
  return program;
}
