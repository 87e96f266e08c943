// Generates the Prisma client at install time. Prisma's CLI insists on a schema engine
// binary it downloads from its own host, which cannot be reached on offline machines; the
// `prisma-client` generator does not need it, so any existing file satisfies the check.
import { spawnSync } from 'node:child_process';

const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? '/bin/false' };
const result = spawnSync('npx', ['prisma', 'generate'], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
