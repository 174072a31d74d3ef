// ESLint (flat config): typescript-eslint for the TypeScript, and the Lit,
// web-component and Lit accessibility rules for the elements. Formatting is
// Prettier's job (npm run lint runs both).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'test/dist/',
      '**/node_modules/',
      'custom-elements.json',
      'bench/results*',
      // Built or vendored files the example pages load as they are.
      'examples/**/dist/',
      '.bench/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  litA11y.configs.recommended,
  {
    languageOptions: {
      globals: {...globals.browser},
    },
    rules: {
      // Unused arguments named with a leading underscore are kept on purpose
      // (a callback's position, an interface's signature).
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none'}],
    },
  },
  {
    // The core knows no DOM framework and nothing above it (docs/architecture.md);
    // test/node/core-boundary.test.js checks the same without the linter.
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {group: ['lit', 'lit/*', '@lit/*'], message: 'src/core must not depend on Lit.'},
            {
              group: ['**/components/**', '**/render/**', '**/context.js', '**/events.js'],
              message: 'src/core must not import from components, render, context.ts or events.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    // Node code: the test server and its routes, build scripts, the demo and
    // example servers, the benchmark runner.
    files: [
      'test/server/**',
      'test/node/**',
      'test/react/*.js',
      'test/visual/*.js',
      'test/**/*.cjs',
      'scripts/**',
      'bench/*.js',
      '**/server.js',
      '**/server.mjs',
      'web-test-runner.config.js',
      'vite.config.ts',
      'eslint.config.js',
      'examples/servers/**',
    ],
    languageOptions: {globals: {...globals.node}},
  },
  {
    files: ['test/**'],
    languageOptions: {globals: {...globals.mocha}},
    rules: {
      // chai's `expect(x).to.be.true` is an expression statement by design.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
);
