// The auto-tagger: choose my videos (everything, a library, a folder in it), preview what
// matching their folder and file names against my performers, studios and tags would add,
// then apply it and follow the run's progress.
import { ChevronLeft } from 'lucide-react';
import Link from 'next/link';
import { AutoTagPanel } from '@/components/importers/AutoTagPanel';
import { TopBar } from '@/components/TopBar';
import { requirePageUser } from '@/lib/auth/page-user';
import { getLatestAutoTagRun } from '@/lib/importers/get-auto-tag-run';
import { listMyLibraries } from '@/lib/libraries/list-my-libraries';

export const dynamic = 'force-dynamic';

export default async function AutoTagPage() {
  const user = await requirePageUser();
  const [libraries, latest] = await Promise.all([listMyLibraries(user), getLatestAutoTagRun(user)]);
  const running = latest && (latest.status === 'queued' || latest.status === 'running') ? latest : null;
  return (
    <>
      <TopBar user={user} />
      <main className="mx-auto max-w-5xl px-4 pt-4 pb-12">
        <Link href="/videos" className="-ml-2 inline-flex items-center gap-1 rounded px-2 py-1 text-sm text-neutral-300 hover:bg-neutral-800">
          <ChevronLeft aria-hidden size={16} />
          Videos
        </Link>
        <h1 className="mt-2 text-xl font-semibold">Auto-tag</h1>
        <p className="mt-2 max-w-3xl text-sm text-neutral-300">
          Finds your performers, studios and tags (names and aliases) in the folder and file names of your videos, as Stash&apos;s
          auto-tagger does: whole words only, any case, with <code>.</code> <code>-</code> <code>_</code> or spaces between words.
          It only adds: nothing is removed, a studio is set only where a video has none, and videos marked organised are left alone.
        </p>
        <AutoTagPanel libraries={libraries.own.map((l) => ({ id: l.id, name: l.name }))} running={running} />
      </main>
    </>
  );
}
