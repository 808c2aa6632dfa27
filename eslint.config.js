import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import testingLibrary from 'eslint-plugin-testing-library';
import globals from 'globals';
import tseslint from 'typescript-eslint';

import { firstPageModules } from './scripts/first-page-modules.mjs';

export default tseslint.config(
  {
    ignores: ['dist', 'dist-demo', 'reports', 'test-results', 'playwright-report', 'node_modules'],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: './tsconfig.app.json' }),
      ],
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      'react/no-danger': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'React escapes text; never inject HTML.',
        },
      ],
      'import-x/no-cycle': 'error',
      'import-x/no-duplicates': 'error',
      'import-x/order': [
        'error',
        {
          groups: ['builtin', 'external', 'internal', 'parent', 'sibling', 'index'],
          pathGroups: [{ pattern: '@/**', group: 'internal' }],
          pathGroupsExcludedImportTypes: ['builtin'],
          'newlines-between': 'always',
          alphabetize: { order: 'asc', caseInsensitive: true },
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.strict,
  },
  {
    // The architecture: app → features → lib. Features stay apart, except that connectors may use
    // the scope-tag lookup and record what they send in the change log; the fleet and demo tooling
    // use other features only through their public.ts, and demo tooling is reached only through its own.
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './src/features', from: './src/app' },
            {
              target: ['./src/lib', './src/components', './src/config', './src/theme'],
              from: ['./src/app', './src/features'],
            },
            {
              target: './src/features/scope-tags',
              from: './src/features',
              except: ['./scope-tags'],
            },
            { target: './src/features/auth', from: './src/features', except: ['./auth'] },
            {
              target: './src/features/change-log',
              from: './src/features',
              except: ['./change-log'],
            },
            {
              target: './src/features/connectors',
              from: './src/features',
              except: ['./connectors', './scope-tags', './change-log'],
            },
            { target: './src/features/tenants', from: './src/features', except: ['./tenants'] },
            {
              target: './src/features/fleet',
              from: './src/features/!(fleet)/**',
              except: ['**/src/features/*/public.ts'],
              message: 'The fleet uses other features only through their public.ts.',
            },
            {
              target: './src/features/demo',
              from: './src/features/!(demo)/**',
              except: ['**/src/features/*/public.ts'],
              message: 'Demo tooling uses other features only through their public.ts.',
            },
            {
              // A bulk change has its own path; what it shares with the single save lives in model/.
              target: './src/features/connectors/bulk',
              from: './src/features/connectors/edit',
            },
            {
              target: ['./src/app', './src/features/!(demo)/**'],
              from: './src/features/demo',
              except: ['./public.ts'],
              message: 'Use what features/demo/public.ts offers.',
            },
            {
              // The mock Graph implements the demo controls and fault kinds in features/demo/model.
              target: ['./src/mocks', './src/testing'],
              from: './src/features/demo',
              except: ['./public.ts', './model'],
            },
            {
              target: [
                './src/app',
                './src/features',
                './src/lib',
                './src/components',
                './src/config',
                './src/theme',
              ],
              from: './src/mocks',
            },
          ],
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@azure/msal-*'], message: 'MSAL is used only in src/lib/auth.' },
            { group: ['msw', 'msw/*'], message: 'msw belongs to src/mocks and src/testing.' },
            {
              regex: '^zod(/|$)',
              message: 'Import zod from @/config/zod: it sets the messages and options first.',
            },
          ],
        },
      ],
    },
  },
  {
    // The first page draws MUI's look with static CSS (src/components/ui) and loads no MUI or emotion
    // (issue #12, `npm run size`). Its modules are worked out from the entries' static imports, so a
    // module that joins the first page is checked too. A rule of its own: it adds to the import limits
    // above instead of replacing them.
    files: firstPageModules(),
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@mui/*', '@emotion/*'],
              allowTypeImports: true,
              message:
                'The first page loads no MUI: use src/components/ui, or load the MUI part lazily (withMui/lazyMui).',
            },
          ],
        },
      ],
    },
  },
  { files: ['src/lib/auth/**'], rules: { 'no-restricted-imports': 'off' } },
  { files: ['src/config/zod.ts'], rules: { 'no-restricted-imports': 'off' } },
  { files: ['src/mocks/**', 'src/testing/**'], rules: { 'no-restricted-imports': 'off' } },
  {
    // Tests may reach into the mock Graph and msw directly.
    files: ['src/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': 'off', 'import-x/no-restricted-paths': 'off' },
  },
  {
    files: ['src/**/*.test.{ts,tsx}'],
    ...testingLibrary.configs['flat/react'],
    languageOptions: { globals: { ...globals.browser, ...globals.vitest } },
  },
  {
    files: ['e2e/**', '*.config.{ts,js}', 'scripts/**'],
    languageOptions: { globals: { ...globals.node } },
    // Playwright fixtures that need no other fixture are declared with an empty pattern.
    rules: { 'no-console': 'off', 'no-empty-pattern': 'off' },
  },
);
