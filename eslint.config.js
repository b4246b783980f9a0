// @ts-check
const js = require('@eslint/js');
const prettier = require('eslint-config-prettier/flat');
const { defineConfig } = require('eslint/config');
const tseslint = require('typescript-eslint');

// Where `any` is the honest type: rows from raw SQL (pg returns untyped rows, mapped at once into typed
// records), HTTP bodies and doubles in tests, and the load-generating bench scripts.
const UNTYPED_EDGES = ['src/modules/*/infrastructure/persistence/**', 'test/**', 'bench/**'];

module.exports = defineConfig(
  { ignores: ['dist/', 'dist-bench/', 'coverage/', 'reports/', '.data/', 'test/architecture/fixtures/'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: __dirname } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // Ports and Nest providers implement Promise-returning interfaces; a body with nothing to await is fine.
      // The async mistakes that matter are no-floating-promises and no-misused-promises, which stay on.
      '@typescript-eslint/require-await': 'off',
      // Value objects (Percent, Money, LocalDate) define toString for messages; no-base-to-string, which stays
      // on, already catches the "[object Object]" this rule is meant to prevent.
      '@typescript-eslint/restrict-template-expressions': 'off',
      // The app logs through pino; the CLI entry points below print to a terminal.
      'no-console': 'error',
    },
  },
  {
    files: UNTYPED_EDGES,
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  { files: ['src/main.ts', 'src/platform/database/migrate.ts', 'test/**', 'bench/**'], rules: { 'no-console': 'off' } },
  {
    // Config files, loaded by their tools as CommonJS and outside the TypeScript project.
    files: ['**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { sourceType: 'commonjs', globals: { __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The web console: browser ES modules served as written (no build), outside the TypeScript project.
    files: ['src/console/web/**/*.js'],
    languageOptions: {
      sourceType: 'module',
      globals: Object.fromEntries(
        ['window', 'document', 'localStorage', 'location', 'fetch', 'setTimeout', 'setInterval', 'clearInterval', 'addEventListener', 'removeEventListener'].map((name) => [
          name,
          'readonly',
        ]),
      ),
    },
  },
  prettier,
);
