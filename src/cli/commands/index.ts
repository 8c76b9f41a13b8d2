import type { Command } from 'commander';
import { registerAnalyze } from './analyze.js';
import { registerIngest } from './ingest.js';
import { registerSearch } from './search.js';
import { registerClaims } from './claims.js';
import { registerClaim } from './claim.js';
import { registerEntity } from './entity.js';
import { registerServe } from './serve.js';
import { registerWorker } from './worker.js';
import { registerStatus } from './status.js';
import { registerReanalyze } from './reanalyze.js';

/** Every command of the CLI, in the order `--help` lists them. Add a command by adding its register function. */
export const COMMANDS: Array<(program: Command) => void> = [registerAnalyze, registerIngest, registerSearch, registerClaims, registerClaim, registerEntity, registerServe, registerWorker, registerStatus, registerReanalyze];
