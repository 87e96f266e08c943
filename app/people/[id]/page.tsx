// /people/[id]: one of the user's people — their name (add or change it), their photos newest
// first as justified rows opening the viewer, and their faces ("Not this person", cover).
import { ArrowLeft, UserRound } from 'lucide-react';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { HideToggle } from '@/components/people/HideToggle';
import { PersonFaces } from '@/components/people/PersonFaces';
import { PersonNameForm } from '@/components/people/PersonNameForm';
import { PersonPhotos } from '@/components/people/PersonPhotos';
import { TopBar } from '@/components/TopBar';
import { requirePageUser } from '@/lib/auth/page-user';
import { getPersonPage } from '@/lib/faces/get-person-page';
import { AppError } from '@/lib/server/errors';

export const dynamic = 'force-dynamic';

export default async function PersonPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser();
  const { id } = await params;
  const page = await getPersonPage(user, id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'not_found') return null;
    throw error;
  });
  if (!page) notFound();
  const { person, photos, faces } = page;
  return (
    <>
      <TopBar user={user} />
      <main className="mx-auto max-w-6xl px-4 py-4">
        <Link href="/people" className="mb-3 inline-flex items-center gap-1 rounded text-sm text-neutral-300 hover:underline focus:outline-2 focus:outline-sky-400">
          <ArrowLeft aria-hidden size={16} /> People
        </Link>
        <div className="mb-6 flex flex-wrap items-center gap-4">
          <div className="h-20 w-20 shrink-0 overflow-hidden rounded-full bg-neutral-800">
            {person.coverFaceId ? (
              // eslint-disable-next-line @next/next/no-img-element -- served by our own API with auth; no optimizer
              <img src={`/api/faces/${person.coverFaceId}/thumb`} alt="" className="h-full w-full object-cover" />
            ) : (
              <UserRound aria-hidden className="m-auto h-full w-1/2 text-neutral-500" />
            )}
          </div>
          <div className="flex min-w-0 flex-1 flex-col gap-1">
            <h1 className="sr-only">{person.name ?? 'Unnamed person'}</h1>
            <PersonNameForm personId={person.id} name={person.name} />
            <p className="text-sm text-neutral-300">
              {photos.length} {photos.length === 1 ? 'photo' : 'photos'} · {person.faceCount} {person.faceCount === 1 ? 'face' : 'faces'}
              {person.hidden && ' · hidden'}
            </p>
          </div>
          <HideToggle personId={person.id} hidden={person.hidden} />
        </div>
        <h2 className="mb-2 text-lg font-semibold">Photos</h2>
        {photos.length === 0 ? <p className="text-neutral-300">No photos you can see.</p> : <PersonPhotos photos={photos} />}
        <h2 className="mb-2 mt-8 text-lg font-semibold">Faces</h2>
        <PersonFaces personId={person.id} faces={faces} coverFaceId={person.coverFaceId} />
      </main>
    </>
  );
}
