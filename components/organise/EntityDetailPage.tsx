// The server side of /performers/:id, /studios/:id and /tags/:id: the header (image, name,
// aliases, description, counts, hierarchy), the owner's editing tools, then the videos in it.
// Sections below the videos (similar performers/studios) are added as further siblings.
import { notFound } from 'next/navigation';
import { TopBar } from '@/components/TopBar';
import { requirePageUser } from '@/lib/auth/page-user';
import { getEntity } from '@/lib/organise/get-entity';
import { listEntityVideos } from '@/lib/organise/list-entity-videos';
import type { EntityKind } from '@/lib/organise/organise.schemas';
import { AppError } from '@/lib/server/errors';
import { EntityHeader } from './EntityHeader';
import { EntityVideos } from './EntityVideos';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function EntityDetailPage({ kind, params }: { kind: EntityKind; params: Promise<{ id: string }> }) {
  const user = await requirePageUser();
  const { id: raw } = await params;
  if (!UUID.test(raw)) notFound();
  const id = raw.toLowerCase();
  const found = await Promise.all([getEntity(user, kind, id), listEntityVideos(user, kind, id, { page: 1, pageSize: 24 })]).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'not_found') return null;
    throw error;
  });
  if (!found) notFound();
  const [entity, videos] = found;
  return (
    <>
      <TopBar user={user} />
      <main className="mx-auto grid max-w-[120rem] gap-6 px-4 pt-4 pb-12 sm:px-6" data-testid="entity-page">
        <EntityHeader kind={kind} initial={entity} />
        <EntityVideos kind={kind} id={id} initial={videos} />
      </main>
    </>
  );
}
