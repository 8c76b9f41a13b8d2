import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

/** The shared data folder beside the repository (`../shared`), or ISNAD_SHARED when set. */
export const SHARED = process.env.ISNAD_SHARED ?? resolve(fileURLToPath(new URL('../../..', import.meta.url)), 'shared');
