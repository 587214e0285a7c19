// Lint rules for the whole workspace. Each package runs `eslint .` from its own folder and finds
// this file by lookup, so every `files` glob below is relative to the repository root.
//
// Besides the usual checks, this file enforces who may import whom (DESIGN.md §1): imports point
// one way only, from the apps down to the packages, and inside apps/web from app → features →
// shared, never sideways between features.

import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = import.meta.dirname;
const ts = '{ts,tsx,mts,cts}';

// --- import boundaries -------------------------------------------------------------------------

/** Forbid every `@opale/*` package except the ones named. */
function onlyOpale(allowed, why) {
  const except = allowed.length > 0 ? `(?!(?:${allowed.join('|')})(?:/|$))` : '';
  return { regex: `^@opale/${except}`, caseSensitive: true, message: why };
}

const webWhy =
  'apps/web talks to the server through tRPC and /sync only: it imports @opale/core, and @opale/api for types.';

// What every file of apps/web obeys; the feature and shared blocks below repeat it because a
// later block's options replace an earlier one's, they do not add up.
const webPaths = [
  {
    name: '@opale/api',
    allowTypeImports: true,
    message: 'apps/web may take only types from @opale/api: write `import type { … }`.',
  },
];
const webPatterns = [
  onlyOpale(['core', 'api'], webWhy),
  {
    regex: '^@opale/api/',
    allowTypeImports: true,
    caseSensitive: true,
    message: 'apps/web may take only types from @opale/api: write `import type { … }`.',
  },
];

function restrictImports(paths, patterns) {
  return { '@typescript-eslint/no-restricted-imports': ['error', { paths, patterns }] };
}

const webSrc = 'apps/web/src';
const maxDepth = 8; // folder levels under a feature (or under components/, lib/) we write rules for

/** Glob for files exactly `depth` folders below `dir`. */
function filesAtDepth(dir, depth) {
  return `${dir}/${'*/'.repeat(depth)}*.${ts}`;
}

/** Import specifiers that reach `${webSrc}/<name>` through an alias or an absolute path. */
function aliasInto(target) {
  return `^(?:@|~|#|src|/src|@/src)/${target}`;
}

/** The feature folders that exist now; a feature added later gets its block on the next run. */
function listFeatures() {
  const dir = path.join(root, webSrc, 'features');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
}

function escapeRegex(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// A feature may import shared code (components, lib) and its own files, never another feature
// nor the app that composes the features.
function featureBlocks(feature) {
  const self = escapeRegex(feature);
  const blocks = [];
  for (let depth = 0; depth <= maxDepth; depth++) {
    // From a file `depth` folders inside features/<feature>, `../` × (depth + 1) is features/,
    // and `../` × (depth + 2) is src/.
    const toFeatures = `^(?:\\.\\./){${depth + 1}}`;
    const toSrc = `^(?:\\.\\./){${depth + 2}}`;
    blocks.push({
      name: `opale/web-feature-${feature}-depth-${depth}`,
      files: [filesAtDepth(`${webSrc}/features/${feature}`, depth)],
      rules: restrictImports(webPaths, [
        ...webPatterns,
        {
          regex: `${toFeatures}(?!${self}(?:/|$))[^./]`,
          caseSensitive: true,
          message: `Features never import each other (features/${feature}). Move the shared piece down to src/components or src/lib.`,
        },
        {
          regex: `(?:${toSrc}|${aliasInto('')})features/(?!${self}(?:/|$))`,
          caseSensitive: true,
          message: `Features never import each other (features/${feature}). Move the shared piece down to src/components or src/lib.`,
        },
        {
          regex: `(?:${toSrc}|${aliasInto('')})app(?:/|$)`,
          caseSensitive: true,
          message: 'Imports flow shared → features → app: a feature does not import src/app.',
        },
      ]),
    });
  }
  return blocks;
}

// Shared code (src/components, src/lib) sits below the features and the app.
function sharedBlocks(shared) {
  const blocks = [];
  for (let depth = 0; depth <= maxDepth; depth++) {
    const toSrc = `^(?:\\.\\./){${depth + 1}}`;
    blocks.push({
      name: `opale/web-${shared}-depth-${depth}`,
      files: [filesAtDepth(`${webSrc}/${shared}`, depth)],
      rules: restrictImports(webPaths, [
        ...webPatterns,
        {
          regex: `(?:${toSrc}|${aliasInto('')})(?:features|app)(?:/|$)`,
          caseSensitive: true,
          message: `Imports flow shared → features → app: src/${shared} imports neither features nor the app. Move the piece down, or pass it in.`,
        },
      ]),
    });
  }
  return blocks;
}

const boundaries = [
  {
    name: 'opale/boundaries-core-db',
    files: [`packages/core/**/*.${ts}`, `packages/db/**/*.${ts}`],
    rules: restrictImports(
      [],
      [onlyOpale([], 'packages/core and packages/db import no other @opale package.')],
    ),
  },
  {
    name: 'opale/boundaries-sync',
    files: [`packages/sync/**/*.${ts}`],
    rules: restrictImports([], [onlyOpale(['core'], 'packages/sync imports only @opale/core.')]),
  },
  {
    name: 'opale/boundaries-api',
    files: [`packages/api/**/*.${ts}`],
    rules: restrictImports(
      [],
      [
        onlyOpale(
          ['core', 'db'],
          'packages/api imports only @opale/core and @opale/db; it reaches live connections through an interface the server passes in its context.',
        ),
      ],
    ),
  },
  {
    name: 'opale/boundaries-e2e',
    files: [`apps/e2e/**/*.${ts}`],
    rules: restrictImports(
      [],
      [onlyOpale([], 'apps/e2e drives the built app from outside: it imports no @opale package.')],
    ),
  },
  {
    name: 'opale/boundaries-web',
    files: [`apps/web/**/*.${ts}`],
    rules: restrictImports(webPaths, webPatterns),
  },
  ...listFeatures().flatMap(featureBlocks),
  ...sharedBlocks('components'),
  ...sharedBlocks('lib'),
];

// --- the config --------------------------------------------------------------------------------

export default defineConfig(
  {
    name: 'opale/ignores',
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/.turbo/**',
      // Test coverage reports; not apps/web/src/features/coverage, which is source.
      'coverage/**',
      'apps/*/coverage/**',
      'packages/*/coverage/**',
      'data/**', // DATA_DIR's default: the SQLite file and backups
      '**/test-results/**',
    ],
  },
  {
    name: 'opale/javascript',
    extends: [js.configs.recommended],
  },
  {
    name: 'opale/typescript',
    files: [`**/*.${ts}`],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        // One TypeScript program per package tsconfig, found by the nearest tsconfig.json.
        projectService: true,
        tsconfigRootDir: root,
      },
    },
    rules: {
      // With verbatimModuleSyntax, `import { type X } from 'm'` still loads m at run time;
      // `import type { X }` does not. It matters for apps/web, which may take only types from
      // @opale/api: the server code must never end up in the browser bundle.
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'separate-type-imports' },
      ],
      '@typescript-eslint/no-import-type-side-effects': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      // Fastify hooks and tRPC resolvers are async by contract even when they await nothing.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false } },
      ],
    },
  },
  {
    name: 'opale/node',
    files: [
      `apps/server/**/*.${ts}`,
      `apps/e2e/**/*.${ts}`,
      `apps/bench/**/*.${ts}`,
      `packages/**/*.${ts}`,
      '**/*.{js,mjs,cjs}',
      `**/*.config.${ts}`,
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    name: 'opale/web',
    files: [`apps/web/**/*.${ts}`],
    ignores: [`apps/web/*.config.${ts}`],
    extends: [reactHooks.configs.flat.recommended],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    name: 'opale/db-schema-code',
    files: [`packages/db/**/*.${ts}`],
    rules: {
      // Migrations and the migrator take `Kysely<any>`: they are frozen in time and must never
      // depend on today's app types.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    name: 'opale/tests',
    files: [`**/test/**/*.${ts}`, `**/*.test.${ts}`],
    rules: {
      // `expect(service.method).toHaveBeenCalled()` passes methods around unbound on purpose.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  ...boundaries,
  prettier,
);
