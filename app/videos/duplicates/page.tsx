// Videos that look alike: pairs whose perceptual hashes (Stash's video pHash) differ in at most
// ?distance= bits (0 exact, 4 high — the default —, 8 medium, 10 low), with what decides which
// to keep. Exact copies of one file are already one catalogue entry and are not listed.
import { ChevronLeft } from 'lucide-react';
import Link from 'next/link';
import { DistanceFilter } from '@/components/duplicates/DistanceFilter';
import { DuplicateTabs } from '@/components/duplicates/DuplicateTabs';
import { DuplicatesView } from '@/components/duplicates/DuplicatesView';
import { TopBar } from '@/components/TopBar';
import { requirePageUser } from '@/lib/auth/page-user';
import { duplicatesQuerySchema } from '@/lib/duplicates/duplicates.schemas';
import { listDuplicatePairs } from '@/lib/duplicates/list-duplicate-pairs';

export const dynamic = 'force-dynamic';

export default async function DuplicatesPage({ searchParams }: { searchParams: Promise<{ distance?: string | string[] }> }) {
  const user = await requirePageUser();
  const { distance: raw } = await searchParams;
  const parsed = duplicatesQuerySchema.safeParse(raw === undefined ? {} : { distance: Array.isArray(raw) ? raw[0] : raw });
  const query = parsed.success ? parsed.data : { distance: 4 as const };
  const initial = await listDuplicatePairs(user, query);
  return (
    <>
      <TopBar user={user} />
      <main className="mx-auto max-w-5xl px-4 pt-4 pb-12">
        <Link href="/videos" className="-ml-2 inline-flex items-center gap-1 rounded px-2 py-1 text-sm text-neutral-300 hover:bg-neutral-800">
          <ChevronLeft aria-hidden size={16} />
          Videos
        </Link>
        <h1 className="mt-2 mb-4 text-xl font-semibold">Duplicates</h1>
        <DuplicateTabs current="videos" />
        <DistanceFilter distance={query.distance} />
        <DuplicatesView key={query.distance} initial={initial} />
      </main>
    </>
  );
}
