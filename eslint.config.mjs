// ESLint flat config: Next.js (core web vitals, React, React hooks, jsx-a11y, import) and
// typescript-eslint's recommended rules. `npm run lint` runs it with --max-warnings 0, so a
// warning fails CI as an error does; a disable comment that is not needed is an error too.
import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

const config = [
  {
    ignores: [
      'lib/server/generated/**',
      '.next/**',
      'node_modules/**',
      'reports/**',
      'test-results/**',
      'playwright-report/**',
      '.ci/results/**',
      'bench/.out/**',
      'data/**',
      '.e2e-data/**',
      'next-env.d.ts',
    ],
  },
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // next's typescript preset lowers these two to warnings; here they are errors.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-unused-expressions': 'error',
    },
  },
];

export default config;
