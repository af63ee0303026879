// One linter for the whole tree. Besides the usual rules it enforces the layering in
// DESIGN.md, so a wrong import fails the test command instead of a code review.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { noPlaywright, shellBoundary } from './lint/layering.js';

const layering = { rules: { 'shell-boundary': shellBoundary, 'no-playwright': noPlaywright } };

const nodeBuiltins = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'https',
  'net',
  'stream',
  'zlib',
  'url',
  'events',
];
const ipcOnlyHere = {
  name: 'electron',
  importNames: ['ipcMain', 'ipcRenderer'],
  message:
    'IPC is bound in one place: main/ipc-binding.ts (main) and preload/index.ts (renderer side).',
};
const restrict = ({ group, message, builtins = false }) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: builtins ? nodeBuiltins.map((name) => ({ name, message })) : [],
      patterns: [{ group: builtins ? [...group, 'node:*'] : group, message }],
    },
  ],
});

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      '.reports/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict({
        group: ['**/main/**', 'electron', 'undici'],
        builtins: true,
        message: 'The renderer talks only to window.dropship: no main/, Node or Electron imports.',
      }),
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: restrict({
      group: [
        'electron',
        'undici',
        'react',
        '**/main/**',
        '**/renderer/**',
        '**/preload/**',
        ...nodeBuiltins,
      ],
      message: 'shared/ is the contract: it imports nothing from Node, the DOM or Electron.',
    }),
  },
  {
    files: ['main/core/**/*.ts', 'main/cli/**/*.ts'],
    rules: restrict({
      group: ['electron', 'electron/*', '**/renderer/**'],
      message: 'main/core and main/cli run in plain Node (tests, CI, the CLI): no Electron here.',
    }),
  },
  {
    files: ['main/sandbox/**/*.ts'],
    rules: restrict({
      group: ['electron', 'electron/*', '**/core/**', '**/renderer/**', '**/shared/**'],
      message:
        'The sandbox is written from api-docs/ independently of our clients: no Electron, no main/core, no shared/.',
    }),
  },
  { plugins: { layering } },
  {
    // Only dev tools and tests may use Playwright; what the app ships must not pull it in.
    files: ['**/*.{ts,tsx,js,mjs}'],
    ignores: ['main/dev/**', 'test/**', 'playwright.config.ts'],
    rules: { 'layering/no-playwright': 'error' },
  },
  {
    // Plain-Node runtimes: the shell (main/*.ts) and main/dev are out of reach.
    files: ['main/core/**/*.ts', 'main/sandbox/**/*.ts', 'main/cli/**/*.ts'],
    rules: { 'layering/shell-boundary': 'error' },
  },
  {
    // A spread merge lets a duplicate channel or event silently win: merge with mergeDisjoint.
    files: ['shared/contract/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'Program > :matches(ExportNamedDeclaration, VariableDeclaration) ObjectExpression:not(CallExpression ObjectExpression) > SpreadElement',
          message:
            'Channel and event maps are merged with mergeDisjoint (shared/contract/merge.ts), which refuses a duplicate name.',
        },
      ],
    },
  },
  {
    files: ['main/*.ts', 'preload/**/*.ts'],
    ignores: ['main/ipc-binding.ts', 'preload/index.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [ipcOnlyHere] }] },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
