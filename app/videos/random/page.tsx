// /videos/random?seed=N – a random video, the same one for the same seed while the collection
// is unchanged (a link to it is stable). Without a usable seed, a fresh one is put in the
// address first.
import { redirect } from 'next/navigation';
import { RandomVideoRedirect } from '@/components/catalogue/RandomVideoRedirect';
import { randomSeed } from '@/components/catalogue/catalogue-url';
import { TopBar } from '@/components/TopBar';
import { requirePageUser } from '@/lib/auth/page-user';

export const dynamic = 'force-dynamic';

export default async function RandomVideoPage({ searchParams }: { searchParams: Promise<{ seed?: string | string[] }> }) {
  const user = await requirePageUser();
  const raw = (await searchParams).seed;
  const seed = Number(Array.isArray(raw) ? raw[0] : raw);
  if (!(Number.isInteger(seed) && seed >= 0 && seed <= 2_147_483_647)) redirect(`/videos/random?seed=${randomSeed()}`);
  return (
    <>
      <TopBar user={user} />
      <main>
        <RandomVideoRedirect seed={seed} />
      </main>
    </>
  );
}
