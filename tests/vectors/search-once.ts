// A separate process (the "new web process" of vector-index.test.ts): opens the saved index
// file as any process would, answers one search and says what it searched.
import { Prisma } from '@/lib/server/generated/prisma/client';
import { disconnectPrisma } from '@/lib/server/db';
import { findNearestAssets } from '@/lib/vectors/find-nearest-assets';
import { searchableVectors } from '@/lib/vectors/searchable-vectors';

const [model, vectorJson, ownerId] = process.argv.slice(2);
const vector = Float32Array.from(JSON.parse(vectorJson) as number[]);
const searchable = await searchableVectors(model);
const results = await findNearestAssets({ model, vector, limit: 10, where: Prisma.sql`a.owner_id = ${ownerId}::uuid` });
console.log(JSON.stringify({ generation: searchable?.manifest.generation ?? null, ids: results.map((r) => r.assetId) }));
await disconnectPrisma();
