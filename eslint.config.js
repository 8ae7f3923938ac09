import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
import globals from 'globals';

/**
 * Import boundaries. Every import in this project is a relative path, so each rule matches the
 * folder names a path goes through (gitignore-style globs on the import text). ESLint keeps only
 * the last matching config's options for a rule, so each group below lists its full set.
 */
const notTestCode = {
  group: ['**/testing/**', '**/*.test', '**/*.test.ts', '**/*.test.tsx', '**/tests/**'],
  message: 'Product code never imports tests or test helpers (testing/ folders).',
};
const notBench = { group: ['**/bench/**'], message: 'Product code never imports benchmarks.' };
const notServer = { group: ['**/server/**'], message: 'The browser bundle never imports the server.' };
const notGallery = { group: ['**/src/**'], message: 'Only the gallery imports the gallery.' };
const notHttp = {
  group: ['**/http/**', 'hono', 'hono/*', '@hono/*'],
  message: 'The data layer never knows HTTP: throw a domain error from server/errors.ts; routes map it.',
};
const notRoutes = {
  group: ['**/*.routes.ts', '**/app.ts', '**/web/**', '**/http/**'],
  message: 'The indexer and media never import routes or HTTP: they are used by them, through server/media.',
};
const notIndexer = {
  group: ['**/indexer/**'],
  message: 'Routes reach files and images through server/media, never the indexer.',
};
const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

/** Files that are tests, test helpers or benchmarks: the boundaries for product code don't apply. */
const TEST_FILES = [
  '**/*.test.ts',
  '**/*.test.tsx',
  '**/testing/**',
  'tests/**',
  'bench/**',
  '*.config.ts',
  '*.config.js',
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'data',
      'node_modules',
      'bench/results',
      'bench/.cache',
      'test-results',
      'playwright-report',
      '.e2e-data',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...pluginQuery.configs['flat/recommended'],
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Query options come from one factory per resource (src/api/queries.ts), never inline.
      '@tanstack/query/prefer-query-options': 'error',
    },
  },

  // Product files stay small enough to read in one sitting; split pure logic out first.
  {
    files: ['src/**/*.{ts,tsx}', 'server/**/*.ts', 'contract/**/*.ts'],
    ignores: TEST_FILES,
    rules: { 'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }] },
  },

  // Boundaries, general to specific (a later group's list replaces an earlier one's).
  {
    files: ['contract/**/*.ts'],
    ignores: TEST_FILES,
    rules: restrict(notServer, notGallery, notBench, notTestCode),
  },
  { files: ['src/**/*.{ts,tsx}'], ignores: TEST_FILES, rules: restrict(notServer, notBench, notTestCode) },
  { files: ['server/**/*.ts'], ignores: TEST_FILES, rules: restrict(notGallery, notBench, notTestCode) },
  {
    files: ['server/db/**/*.ts', 'server/**/*.repo.ts'],
    ignores: TEST_FILES,
    rules: restrict(notHttp, notGallery, notBench, notTestCode),
  },
  {
    files: ['server/indexer/**/*.ts', 'server/media/**/*.ts'],
    ignores: TEST_FILES,
    rules: restrict(notRoutes, notGallery, notBench, notTestCode),
  },
  {
    files: ['server/**/*.routes.ts'],
    ignores: TEST_FILES,
    rules: restrict(notIndexer, notGallery, notBench, notTestCode),
  },
  // Test code may import the server, but the gallery's tests only through src/testing.
  {
    files: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    rules: restrict({
      group: ['**/server/**', '**/bench/**'],
      message: 'Gallery tests reach the server through src/testing (the in-process server as fetch).',
    }),
  },

  {
    // Tests read untyped JSON bodies on purpose: what the wire says, before parsing.
    files: TEST_FILES,
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  { files: ['eslint.config.js'], extends: [tseslint.configs.disableTypeChecked] },
);
