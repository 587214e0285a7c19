#!/usr/bin/env node
// Checks that eslint.config.js still enforces the import directions of the design: each case is
// an import written in a (virtual) file, and whether the lint must refuse it. Run after changing
// the boundary blocks of eslint.config.js: `node scripts/check-import-rules.mjs`.
//
// Only the import rule is exercised, so type information is switched off: the files need not exist.

import path from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

const root = path.resolve(import.meta.dirname, '..');
const eslint = new ESLint({
  cwd: root,
  overrideConfig: [
    {
      files: ['**/*.{ts,tsx}'],
      ...tseslint.configs.disableTypeChecked,
      languageOptions: { parserOptions: { projectService: false, project: null } },
    },
  ],
});

// [file, import statement, must be refused]
const cases = [
  ['packages/core/src/x.ts', "import { a } from '@opale/db';", true],
  ['packages/core/src/x.ts', "import { a } from 'zod';", false],
  ['packages/db/src/deep/x.ts', "import type { a } from '@opale/core';", true],
  ['packages/sync/src/x.ts', "import { a } from '@opale/core';", false],
  ['packages/sync/src/x.ts', "import { a } from '@opale/db';", true],
  ['packages/sync/src/x.ts', "import { a } from '@opale/core-extra';", true],
  ['packages/api/src/x.ts', "import { a } from '@opale/db';", false],
  ['packages/api/src/x.ts', "import { a } from '@opale/sync';", true],
  ['packages/api/src/x.ts', "import { a } from '@opale/server';", true],
  ['apps/server/src/x.ts', "import { a } from '@opale/sync';", false],
  ['apps/web/src/main.tsx', "import { a } from '@opale/db';", true],
  ['apps/web/src/main.tsx', "import type { a } from '@opale/db';", true],
  ['apps/web/src/main.tsx', "import { appRouter } from '@opale/api';", true],
  ['apps/web/src/main.tsx', "import type { AppRouter } from '@opale/api';", false],
  ['apps/web/src/main.tsx', "import { type AppRouter } from '@opale/api';", false],
  ['apps/web/src/main.tsx', "import { a } from '@opale/core';", false],
  ['apps/web/src/main.tsx', "import { a } from '@opale/sync';", true],
  ['apps/web/src/lib/x.ts', "import { a } from '../features/auth/y';", true],
  ['apps/web/src/lib/i18n/x.ts', "import { a } from '../../features/auth/y';", true],
  ['apps/web/src/lib/i18n/x.ts', "import { a } from '../fr';", false],
  ['apps/web/src/lib/i18n/x.ts', "import { a } from '../../app/routes';", true],
  ['apps/web/src/lib/x.ts', "import { a } from './i18n/fr';", false],
  ['apps/web/src/components/ui/button.tsx', "import { a } from '../../lib/cn';", false],
  ['apps/web/src/components/ui/button.tsx', "import { a } from '../../features/auth/x';", true],
  ['apps/web/src/components/ui/button.tsx', "import { a } from '@/features/auth/x';", true],
  ['apps/web/src/components/ui/button.tsx', "import { a } from '@opale/db';", true],
  ['apps/web/src/features/auth/x.tsx', "import { a } from '../members/y';", true],
  ['apps/web/src/features/auth/x.tsx', "import { a } from '../auth/y';", false],
  ['apps/web/src/features/auth/x.tsx', "import { a } from './y';", false],
  ['apps/web/src/features/auth/components/x.tsx', "import { a } from '../hooks/y';", false],
  ['apps/web/src/features/auth/components/x.tsx', "import { a } from '../../members/y';", true],
  [
    'apps/web/src/features/auth/components/x.tsx',
    "import { a } from '../../../features/members/y';",
    true,
  ],
  [
    'apps/web/src/features/auth/components/x.tsx',
    "import { a } from '../../../features/auth/y';",
    false,
  ],
  [
    'apps/web/src/features/auth/components/x.tsx',
    "import { a } from '../../../components/ui/button';",
    false,
  ],
  ['apps/web/src/features/auth/components/x.tsx', "import { a } from '../../../lib/trpc';", false],
  ['apps/web/src/features/auth/components/x.tsx', "import { a } from '../../../app/router';", true],
  ['apps/web/src/features/auth/x.tsx', "import { a } from '../../app/router';", true],
  ['apps/web/src/features/auth/x.tsx', "import { a } from '@opale/db';", true],
  ['apps/web/src/features/auth/x.tsx', "import type { AppRouter } from '@opale/api';", false],
  ['apps/web/src/features/auth/a/b/c/x.tsx', "import { a } from '../../../../members/y';", true],
  ['apps/web/src/features/auth/a/b/c/x.tsx', "import { a } from '../../../y';", false],
  ['apps/web/src/app/routes/x.tsx', "import { a } from '../../features/auth/y';", false],
  ['apps/e2e/src/x.ts', "import { a } from '@opale/core';", true],
];
let wrong = 0;
for (const [file, statement, mustRefuse] of cases) {
  const [result] = await eslint.lintText(`${statement}\nexport const z = a;\n`, {
    filePath: path.join(root, file),
  });
  const refused = result.messages.some(
    (message) => message.ruleId === '@typescript-eslint/no-restricted-imports',
  );
  if (refused !== mustRefuse) {
    wrong++;
    console.error(`${file}: \`${statement}\` should be ${mustRefuse ? 'refused' : 'allowed'}`);
  }
}
if (wrong > 0) {
  console.error(`${wrong} of ${cases.length} import rule checks failed.`);
  process.exitCode = 1;
} else {
  console.log(`Import rules: all ${cases.length} checks hold.`);
}
