import type { Command } from 'commander';
import { registerAnalyze } from './analyze.js';

/** Every command of the CLI, in the order `--help` lists them. Add a command by adding its register function. */
export const COMMANDS: Array<(program: Command) => void> = [registerAnalyze];
