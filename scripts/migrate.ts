// `npm run migrate`: apply migrations to DATABASE_URL (npm start does this by itself).
import { env, requireDatabaseUrl } from '@/lib/server/env';
import { migrateDatabase } from '@/lib/server/migrations';

const { applied } = await migrateDatabase(requireDatabaseUrl(), { readonlyPassword: env.READONLY_DB_PASSWORD });
console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Database is up to date.');
