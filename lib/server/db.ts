// The Prisma client (pg driver adapter), created on first use so that importing a module
// never needs a database (Next's build imports route modules).
import { PrismaPg } from '@prisma/adapter-pg';
import { requireDatabaseUrl } from './env';
import { PrismaClient } from './generated/prisma/client';

const holder = globalThis as unknown as { shoeboxPrisma?: PrismaClient };

function createClient(): PrismaClient {
  const adapter = new PrismaPg({ connectionString: requireDatabaseUrl(), max: 10 });
  return new PrismaClient({ adapter });
}

export function prisma(): PrismaClient {
  holder.shoeboxPrisma ??= createClient();
  return holder.shoeboxPrisma;
}

export async function disconnectPrisma(): Promise<void> {
  await holder.shoeboxPrisma?.$disconnect();
  holder.shoeboxPrisma = undefined;
}

export type Db = PrismaClient;
export type { Prisma } from './generated/prisma/client';
