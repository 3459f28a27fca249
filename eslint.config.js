// ESLint: TypeScript, Lit templates and web-component rules over source, tests and stories.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', '.tmp/', 'examples/eleventy/_site/', 'storybook-static/', 'coverage/', 'node_modules/', 'src/**/*.generated.js', 'custom-elements.json', 'types/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/best-practice'],
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Data must render as text: these would let page- or data-controlled strings become markup.
      'no-restricted-imports': ['error', { paths: [{ name: 'lit/directives/unsafe-html.js', message: 'Render data as text.' }] }],
      'no-restricted-properties': ['error', { property: 'innerHTML', message: 'Render data as text.' }, { property: 'outerHTML', message: 'Render data as text.' }],
      'wc/guard-super-call': 'off',
    },
  },
  {
    files: ['scripts/**/*.mjs', 'build-tools/**/*.mjs', 'generate/**/*.mjs', 'checks/**/*.mjs', 'e2e/**/*.mjs', 'harness/**/*.mjs', 'bench/**/*.mjs', 'integrations/*/*.mjs', 'test/server/**/*.mjs', '*.config.*', '.storybook/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', 'no-restricted-properties': 'off' },
  },
);
