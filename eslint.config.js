// Lint rules that keep the layers honest: the core is pure (no node:* modules, nothing from the
// outer layers), dependencies point one way (core <- contracts <- store|queue <- app <- edges),
// and no import cycles.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';

const NODE_BUILTINS = ['node:*', 'fs', 'path', 'os', 'child_process', 'worker_threads', 'crypto', 'http', 'https', 'net', 'url', 'zlib', 'stream', 'process', 'util'];

/** Builds a rule that forbids importing the named layers (folders under src/) from a layer. */
const forbid = (layers, extra = []) => ({
  'no-restricted-imports': ['error', {
    patterns: [
      ...layers.map((l) => ({ group: [`**/${l}/*`, `**/${l}`], message: `This layer may not import from src/${l} (dependencies point one way: core <- contracts <- store|queue <- app <- api, cli, worker, web).` })),
      ...extra,
    ],
  }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'artifacts/**', 'src/web/static/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly', TextDecoder: 'readonly', TextEncoder: 'readonly' } },
    rules: {
      'import-x/no-cycle': ['error', { maxDepth: 10, ignoreExternal: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
    settings: { 'import-x/resolver': { node: { extensions: ['.ts', '.js'] } } },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      ...forbid(['contracts', 'store', 'queue', 'app', 'api', 'cli', 'worker', 'web'], [
        { group: NODE_BUILTINS, message: 'src/core is pure: no I/O, no node:* modules. Pass data in through options.' },
      ]),
      // No clock and no randomness in the core: the same text and options always give the same analysis.
      'no-restricted-properties': ['error',
        { object: 'Date', property: 'now', message: 'src/core has no clock: take `published` or `now` from the options.' },
        { object: 'Math', property: 'random', message: 'src/core is deterministic: no randomness.' },
        { object: 'process', message: 'src/core does not read the environment.' },
      ],
      'no-restricted-syntax': ['error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'src/core has no clock: `new Date()` reads it.' },
      ],
    },
  },
  { files: ['src/contracts/**/*.ts'], rules: forbid(['store', 'queue', 'app', 'api', 'cli', 'worker', 'web']) },
  { files: ['src/store/**/*.ts', 'src/queue/**/*.ts'], rules: forbid(['app', 'api', 'cli', 'worker', 'web']) },
  { files: ['src/app/**/*.ts'], rules: forbid(['api', 'cli', 'worker', 'web']) },
);
