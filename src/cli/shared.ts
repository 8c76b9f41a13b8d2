import { InvalidArgumentError } from 'commander';

/** A CLI failure reported as one line on stderr, exit code 1, no stack trace. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}

/** Stops the command with a one-line error. */
export function fail(message: string): never {
  throw new CliError(message);
}

/** Commander parser for `--published`-style options: a real calendar date, YYYY-MM-DD. */
export function parseDateOption(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)) : null;
  if (!m || !d || d.getUTCMonth() !== +m[2]! - 1 || d.getUTCDate() !== +m[3]!) throw new InvalidArgumentError('expected a date as YYYY-MM-DD');
  return value;
}
