// Two tiers: unit tests next to the code, integration tests in tests/ against a real
// PostgreSQL (each file in a fresh database cloned from a migrated template).
import path from 'node:path';
import { configDefaults, defineConfig } from 'vitest/config';

const alias = { '@': path.resolve(import.meta.dirname) };

export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['lib/**/*.test.ts', 'worker/**/*.test.ts', 'components/**/*.test.ts', 'tests/architecture/**/*.test.ts', 'deploy/**/*.test.ts'],
          environment: 'node',
          env: { LOG_LEVEL: 'silent' },
          testTimeout: 30_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['tests/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'tests/architecture/**'], // source checks: unit tier
          environment: 'node',
          // No test may reach the model hub (CI has no internet): a refused port, at once.
          env: { ML_MODELS_HOST: 'http://127.0.0.1:9/' },
          globalSetup: ['tests/setup/global-database.ts'],
          setupFiles: ['tests/setup/fresh-database.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
