import { Command, CommanderError } from 'commander';
import { createRequire } from 'node:module';
import { COMMANDS } from './commands/index.js';
import { CliError } from './shared.js';
import { InputError } from './read-input.js';
import { IsnadError } from '../core/index.js';

const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };

/** Builds the CLI program (exported for tests and `--help` snapshots). */
export function buildProgram(): Command {
  const program = new Command('isnad')
    .description('isnad: who said what, about what, with which stance, in Arabic news')
    .version(version)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  for (const register of COMMANDS) register(program);
  return program;
}

/**
 * Runs the CLI with `argv` (as `process.argv`) and returns the exit code: 0 clean, 1 on errors, 2 on usage errors.
 * Errors are one line on stderr, never a stack trace (set ISNAD_DEBUG=1 for one).
 */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.exitCode === 0 || e.code === 'commander.helpDisplayed' || e.code === 'commander.version' ? 0 : 2;
    }
    if (e instanceof CliError || e instanceof InputError || e instanceof IsnadError) {
      process.stderr.write(`isnad: ${e.message}\n`);
      return 1;
    }
    process.stderr.write(`isnad: internal error: ${(e as Error)?.message ?? String(e)}${process.env.ISNAD_DEBUG ? `\n${(e as Error)?.stack}` : ' (set ISNAD_DEBUG=1 for details)'}\n`);
    return 1;
  }
}
