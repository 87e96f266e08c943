import Link from 'next/link';
import { PhotoGrid } from '@/components/PhotoGrid';
import { TopBar } from '@/components/TopBar';
import { listPhotoGrid } from '@/lib/assets/list-photo-grid';
import { requirePageUser } from '@/lib/auth/page-user';

export const dynamic = 'force-dynamic';

export default async function HomePage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const user = await requirePageUser();
  const requested = Number((await searchParams).page ?? '1');
  const page = Number.isInteger(requested) && requested > 0 ? requested : 1;
  const { tiles, total, pages } = await listPhotoGrid(user.id, page);
  return (
    <>
      <TopBar user={user} />
      <main className="p-2 sm:p-4">
        <h1 className="mb-3 text-sm text-neutral-400" data-testid="photo-count">
          {total === 1 ? '1 photo' : `${total} photos`}
        </h1>
        {total === 0 ? (
          <div className="mt-24 text-center text-neutral-400">
            <p className="text-lg">No photos yet.</p>
            {user.role === 'admin' ? (
              <p className="mt-2">
                <Link className="text-sky-400 underline" href="/admin/libraries">
                  Add a library
                </Link>{' '}
                pointing at a folder of photos on this server.
              </p>
            ) : (
              <p className="mt-2">Ask your administrator to add a library for you.</p>
            )}
          </div>
        ) : (
          <PhotoGrid tiles={tiles} />
        )}
        {pages > 1 && (
          <nav className="mt-4 flex justify-center gap-4 text-sm">
            {page > 1 && <Link href={`/?page=${page - 1}`}>← Newer</Link>}
            <span className="text-neutral-500">
              Page {page} of {pages}
            </span>
            {page < pages && <Link href={`/?page=${page + 1}`}>Older →</Link>}
          </nav>
        )}
      </main>
    </>
  );
}
