#!/usr/bin/env node
// The `isnad` command. Runs the built CLI (dist/, made by `npm ci` through `prepare`), or the TypeScript
// sources through tsx in a development checkout that has not been built (or when ISNAD_FROM_SRC=1).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const built = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
if (existsSync(built) && !process.env.ISNAD_FROM_SRC) {
  const { main } = await import(pathToFileURL(built).href);
  process.exitCode = await main(process.argv);
} else {
  const { tsImport } = await import('tsx/esm/api');
  const { main } = await tsImport('../src/cli/main.ts', import.meta.url);
  process.exitCode = await main(process.argv);
}
