import type { Command } from 'commander';
import { formatFinding } from '../doctor/finding';
import { runDoctor } from '../doctor/run-doctor';
import { ExitCode } from '../exit-codes';
import { type CommandContext, gatewayFlagsOf, globalsOf } from './command-context';

/** `psagate doctor`: checks a setup end to end and says what to fix. */
export function addDoctorCommand(program: Command, context: CommandContext): void {
  program
    .command('doctor')
    .description('check the config, credentials, reachability, clock skew and rate-limit headroom, and say what to fix')
    .action(async (_options: unknown, command: Command) => {
      const { stdout } = context.io;
      const findings = await runDoctor(gatewayFlagsOf(globalsOf(command)), context.io, (finding) => stdout.write(formatFinding(finding)));
      const failures = findings.filter((finding) => finding.status === 'fail');
      const warnings = findings.filter((finding) => finding.status === 'warn');
      if (failures.length > 0) {
        stdout.write(`\n${failures.length} problem${failures.length === 1 ? '' : 's'} found: fix the FAIL line${failures.length === 1 ? '' : 's'} above.\n`);
        context.exitCode = failures[0]?.exitCode ?? ExitCode.unexpected;
      } else {
        stdout.write(`\nAll checks passed${warnings.length > 0 ? ` (${warnings.length} warning${warnings.length === 1 ? '' : 's'})` : ''}.\n`);
      }
    });
}
