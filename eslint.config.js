// @ts-check
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

// The architecture, enforced: each folder says what it may import, and why.
const sharedIsPure = {
  patterns: [
    {
      group: ['electron', 'electron/*', 'node:*', 'fs', 'path', 'os', 'crypto', 'child_process'],
      message:
        'src/shared is pure TypeScript: it runs in main, preload, renderer and workers alike.',
    },
    { group: ['dexie', 'dexie/*'], message: 'Only renderer repositories touch Dexie.' },
    { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'src/shared knows no UI.' },
    {
      group: ['**/main/**', '**/preload/**', '**/renderer/**'],
      message: 'src/shared may not depend on a process.',
    },
  ],
}

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'out',
      'dist',
      'coverage',
      'playwright-report',
      'test-results',
      'tests/fixtures',
      '**/*.tmp.*',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    // Tests and their fixture helpers run in Node and may read fixture files.
    ignores: ['src/shared/**/*.test.ts', 'src/shared/**/test-*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', sharedIsPure],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'src/shared has no DOM.' },
        { name: 'document', message: 'src/shared has no DOM.' },
        { name: 'localStorage', message: 'src/shared has no DOM.' },
        { name: 'process', message: 'src/shared has no Node.' },
        { name: 'require', message: 'src/shared has no Node.' },
        { name: 'Buffer', message: 'src/shared has no Node; use Uint8Array.' },
      ],
    },
  },
  {
    files: ['src/main/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/renderer/**', 'react', 'dexie'],
              message: 'main never knows the renderer.',
            },
            { group: ['**/preload/**'], message: 'main and preload meet only through src/shared.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/renderer/**', '**/main/**', 'react', 'dexie'],
              message: 'preload only bridges the contract.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'electron/*'],
              message: 'The renderer reaches the OS only through platform/.',
            },
            {
              group: ['node:*', 'fs', 'path', 'os', 'child_process'],
              message: 'The renderer also runs in plain Chromium.',
            },
            {
              group: ['**/main/**', '**/preload/**'],
              message: 'Use the platform API, not main or preload code.',
            },
          ],
        },
      ],
    },
  },
  {
    // Only repositories (and the database module) may touch Dexie.
    files: ['src/renderer/src/**/*.{ts,tsx}'],
    ignores: ['src/renderer/src/db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['dexie', 'dexie/*'],
              message: 'Only repositories in src/renderer/src/db touch Dexie.',
            },
            {
              group: ['electron', 'electron/*'],
              message: 'The renderer reaches the OS only through platform/.',
            },
            {
              group: ['node:*', 'fs', 'path', 'os', 'child_process'],
              message: 'The renderer also runs in plain Chromium.',
            },
            {
              group: ['**/main/**', '**/preload/**'],
              message: 'Use the platform API, not main or preload code.',
            },
          ],
        },
      ],
    },
  },
)
