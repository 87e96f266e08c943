// The video page: the player, this user's interactions (resume point, like, rating, markers,
// finish points), the chapters and everyone's comments. A photo, another user's video or a missing id is a 404.
import { notFound, redirect } from 'next/navigation';
import { SimilarVideos } from '@/components/similar/SimilarVideos';
import { TopBar } from '@/components/TopBar';
import { VideoCopies } from '@/components/video-player/VideoCopies';
import { VideoPage } from '@/components/video-player/VideoPage';
import { getAssetDetails } from '@/lib/assets/get-asset-details';
import { requirePageUser } from '@/lib/auth/page-user';
import { listChapters } from '@/lib/chapters/list-chapters';
import { listCopies } from '@/lib/duplicates/list-copies';
import { resolveFirstCopy } from '@/lib/duplicates/resolve-first-copy';
import { getVideoInteractions } from '@/lib/interactions/get-video-interactions';
import { getVideoOrganise } from '@/lib/organise/get-video-organise';
import { OrganisePanel } from '@/components/organise/OrganisePanel';
import { AppError } from '@/lib/server/errors';
import { getPreferences } from '@/lib/users/get-preferences';

export const dynamic = 'force-dynamic';

const nullIfNotFound = (error: unknown) => {
  if (error instanceof AppError && error.code === 'not_found') return null;
  throw error;
};

export default async function VideoRoute({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser();
  const { id } = await params;
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) notFound();
  // A copy of a file whose first copy this user can read is shown as that one (one entry per
  // file; interactions live there); a link with ?t= keeps its time.
  const first = await resolveFirstCopy(user, id).catch(nullIfNotFound);
  if (!first) notFound();
  if (first !== id.toLowerCase()) {
    const t = (await searchParams).t;
    redirect(`/videos/${first}${typeof t === 'string' ? `?t=${encodeURIComponent(t)}` : ''}`);
  }
  const details = await getAssetDetails(user, id).catch(nullIfNotFound);
  if (!details || details.type !== 'video') notFound();
  const [interactions, chapters, organise, preferences, copies] = await Promise.all([
    getVideoInteractions(user, id).catch(nullIfNotFound),
    listChapters(user, id).catch(nullIfNotFound),
    getVideoOrganise(user, id).catch(nullIfNotFound),
    getPreferences(user.id),
    listCopies(user, id).catch(nullIfNotFound),
  ]);
  if (!interactions || !chapters || !organise || !copies) notFound();
  return (
    <>
      <TopBar user={user} />
      <VideoPage
        key={id}
        details={details}
        interactions={interactions}
        chapters={chapters.chapters}
        organise={<OrganisePanel assetId={id} initial={organise} />}
        askBeforePlaying={preferences.blurPreviews}
        sidePanels={<VideoCopies {...copies} />}
      />
      <SimilarVideos key={`similar-${id}`} assetId={id} />
    </>
  );
}
