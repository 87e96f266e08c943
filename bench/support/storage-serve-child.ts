// One configuration of bench/storage.ts, in its own process so env (driver, key) is read at
// import as in a real server: stores the thumbnails, then times serveDerived per request.
// Prints {"p50":…,"p95":…} (milliseconds) as its last line.
import { readFile } from 'node:fs/promises';
import type { Role } from '@/lib/server/generated/prisma/enums';
import { serveDerived } from '@/lib/assets/serve-derived';
import { disconnectPrisma } from '@/lib/server/db';
import { putObject } from '@/lib/storage/storage';

const plan = JSON.parse(await readFile(process.argv[2], 'utf8')) as {
  user: { id: string; role: Role };
  items: { assetId: string; key: string }[];
  thumbFile: string;
  iterations: number;
};
const thumb = await readFile(plan.thumbFile);
for (const item of plan.items) await putObject(item.key, thumb);

const serveOne = async (i: number) => {
  const { assetId } = plan.items[i % plan.items.length];
  const response = await serveDerived(new Request(`http://127.0.0.1/api/assets/${assetId}/thumbnail`), plan.user, assetId, 'thumb');
  if ((await response.arrayBuffer()).byteLength !== thumb.length) throw new Error(`wrong thumbnail for ${assetId}`);
};
for (let i = 0; i < Math.min(50, plan.iterations); i++) await serveOne(i); // warm connections and plans
const times: number[] = [];
for (let i = 0; i < plan.iterations; i++) {
  const started = performance.now();
  await serveOne(i);
  times.push(performance.now() - started);
}
times.sort((a, b) => a - b);
const pct = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))];
await disconnectPrisma();
console.log(JSON.stringify({ p50: pct(50), p95: pct(95) }));
process.exit(0);
