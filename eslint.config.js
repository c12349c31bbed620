// Lint: type-aware rules (floating promises, type-only imports, promises passed where a callback
// is expected) and the layer boundaries of docs/ARCHITECTURE.md, enforced by no-restricted-imports.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const builtins = builtinModules.filter((m) => !m.startsWith('_')).join('|');

/** A relative import reaching into one of the given top-level folders of src/. */
const intoLayers = (...layers) => `^(\\.\\./)+(${layers.join('|')})(/|$)`;

const NODE_BUILTINS = {
  regex: `^(node:.*|(${builtins})(/.*)?)$`,
  message: 'This layer does no I/O: Node built-ins belong in src/server, src/db or src/cli.',
};

const restrict = (...patterns) => ['error', { patterns }];

export default defineConfig(
  { ignores: ['dist/', 'node_modules/', 'data/', 'coverage/'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: globals.node,
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Plain JavaScript (scripts, bin, this file) is not part of the TypeScript program.
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    // Tests read responses through inject().json(), which is typed any: the expect() that follows
    // is the check. Test bodies and fakes are async by convention whether or not they await.
    // Everything else, floating promises included, applies to tests too.
    files: ['**/*.test.ts', '**/*.test.tsx', 'e2e/**/*.ts', 'src/test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Fastify route plugins must be async functions (FastifyPluginAsync) even when they only
    // register routes synchronously.
    files: ['src/server/**/routes.ts'],
    rules: { '@typescript-eslint/require-await': 'off' },
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: reactHooks.configs.recommended.rules,
  },

  // Layer boundaries: core <- db <- server <- cli, and web beside server, talking HTTP only.
  {
    files: ['src/core/**/*.{ts,tsx}'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': restrict(
        {
          regex: intoLayers('db', 'server', 'web', 'cli', 'test'),
          message: 'src/core is pure: it imports nothing from the other layers.',
        },
        NODE_BUILTINS,
        {
          regex:
            '^(pg|pg-.*|@electric-sql/.*|fastify|fastify-.*|@fastify/.*|drizzle-orm(/.*)?|react|react-dom|react/.*|react-dom/.*|react-router(/.*)?|pino(-.*)?|commander|@node-rs/.*)$',
          message: 'src/core is pure: no database, HTTP, logging or UI libraries.',
        },
      ),
    },
  },
  {
    files: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': restrict(
        { regex: intoLayers('db', 'server', 'web', 'cli', 'test'), message: 'Core tests test core alone.' },
        NODE_BUILTINS,
      ),
    },
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict(
        {
          regex: intoLayers('db', 'server', 'cli', 'test'),
          message: 'src/web talks to the server over HTTP only; shared rules live in src/core.',
        },
        NODE_BUILTINS,
      ),
    },
  },
  {
    files: ['src/db/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict({
        regex: intoLayers('server', 'web', 'cli'),
        message: 'src/db is below src/server and src/cli: it imports neither, nor src/web.',
      }),
    },
  },
  {
    files: ['src/server/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict({
        regex: intoLayers('web', 'cli'),
        message: 'src/server does not depend on the web app or the command line.',
      }),
    },
  },
);
