// The server side of /performers/:id, /studios/:id and /tags/:id: the header (image, name,
// aliases, description, counts, hierarchy), the owner's editing tools, then the videos in it.
// Below the videos: similar performers or studios with their reasons, and a link to the word
// cloud of this entity's videos.
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { SimilarEntities } from '@/components/similar/SimilarEntities';
import { TopBar } from '@/components/TopBar';
import { requirePageUser } from '@/lib/auth/page-user';
import { getEntity } from '@/lib/organise/get-entity';
import { listEntityVideos } from '@/lib/organise/list-entity-videos';
import type { EntityKind } from '@/lib/organise/organise.schemas';
import { AppError } from '@/lib/server/errors';
import { EntityHeader } from './EntityHeader';
import { EntityVideos } from './EntityVideos';

const WORDS_PARAM: Record<EntityKind, string> = { person: 'performer', studio: 'studio', tag: 'tag' };
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
        <p>
          <Link href={`/videos/words?${WORDS_PARAM[kind]}=${id}`} className="text-sm text-sky-300 underline underline-offset-2 hover:text-sky-200">
            What these videos are about (word cloud)
          </Link>
        </p>
        {kind !== 'tag' && <SimilarEntities kind={kind === 'person' ? 'performers' : 'studios'} id={id} />}
      </main>
    </>
  );
}
