// /people: the user's people found in their photos (named first, then unnamed by face count);
// ?hidden=1 lists the hidden ones instead ("Show hidden").
import { Eye, EyeOff } from 'lucide-react';
import Link from 'next/link';
import { PeopleGrid } from '@/components/people/PeopleGrid';
import { TopBar } from '@/components/TopBar';
import { requirePageUser } from '@/lib/auth/page-user';
import { listPeople } from '@/lib/faces/list-people';

export const dynamic = 'force-dynamic';

export default async function PeoplePage({ searchParams }: { searchParams: Promise<{ hidden?: string }> }) {
  const user = await requirePageUser();
  const hidden = (await searchParams).hidden === '1';
  const people = await listPeople(user, { hidden });
  return (
    <>
      <TopBar user={user} />
      <main className="mx-auto max-w-6xl px-4 py-4">
        <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
          <h1 className="text-2xl font-semibold">{hidden ? 'Hidden people' : 'People'}</h1>
          <Link href={hidden ? '/people' : '/people?hidden=1'} className="flex items-center gap-1 rounded px-3 py-1.5 text-sm hover:bg-neutral-800 focus:outline-2 focus:outline-sky-400">
            {hidden ? <EyeOff aria-hidden size={16} /> : <Eye aria-hidden size={16} />} {hidden ? 'Hide hidden' : 'Show hidden'}
          </Link>
        </div>
        {people.length === 0 ? (
          <p className="text-neutral-300">{hidden ? 'Nobody is hidden.' : 'No people yet. Faces found in your photos are grouped into people here as the analysis runs.'}</p>
        ) : (
          <PeopleGrid people={people} />
        )}
      </main>
    </>
  );
}
