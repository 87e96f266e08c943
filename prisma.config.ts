// Prisma CLI configuration. Only `prisma generate` runs here (see STACK-NOTES): migrations
// are SQL files applied by lib/server/migrations.ts.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
