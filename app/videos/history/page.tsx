// What the signed-in user did with videos, newest first: watched, liked, rated, marked and
// commented, filterable by kind (?kind=). An unknown kind shows everything.
import { ChevronLeft } from 'lucide-react';
import Link from 'next/link';
import { HistoryKindFilter } from '@/components/catalogue/history/HistoryKindFilter';
import { HistoryList } from '@/components/catalogue/history/HistoryList';
import { TopBar } from '@/components/TopBar';
import { requirePageUser } from '@/lib/auth/page-user';
import { historyQuerySchema } from '@/lib/catalogue/catalogue.schemas';
import { listVideoHistory } from '@/lib/catalogue/list-video-history';

export const dynamic = 'force-dynamic';

export default async function VideoHistoryPage({ searchParams }: { searchParams: Promise<{ kind?: string | string[] }> }) {
  const user = await requirePageUser();
  const { kind: rawKind } = await searchParams;
  const parsed = historyQuerySchema.shape.kind.safeParse(Array.isArray(rawKind) ? rawKind[0] : rawKind);
  const kind = parsed.success ? parsed.data : 'all';
  const initial = await listVideoHistory(user, { kind, limit: 50 });
  return (
    <>
      <TopBar user={user} />
      <main className="mx-auto max-w-3xl px-4 pt-4 pb-12">
        <Link href="/videos" className="-ml-2 inline-flex items-center gap-1 rounded px-2 py-1 text-sm text-neutral-300 hover:bg-neutral-800">
          <ChevronLeft aria-hidden size={16} />
          Videos
        </Link>
        <h1 className="mt-2 mb-4 text-xl font-semibold">History</h1>
        <HistoryKindFilter kind={kind} />
        <HistoryList key={kind} kind={kind} initial={initial} />
      </main>
    </>
  );
}
