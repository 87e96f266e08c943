// The video page: the player, this user's interactions (resume point, like, rating, markers,
// finish points), the chapters and everyone's comments. A photo, another user's video or a missing id is a 404.
import { notFound } from 'next/navigation';
import { SimilarVideos } from '@/components/similar/SimilarVideos';
import { TopBar } from '@/components/TopBar';
import { VideoPage } from '@/components/video-player/VideoPage';
import { getAssetDetails } from '@/lib/assets/get-asset-details';
import { requirePageUser } from '@/lib/auth/page-user';
import { listChapters } from '@/lib/chapters/list-chapters';
import { getVideoInteractions } from '@/lib/interactions/get-video-interactions';
import { AppError } from '@/lib/server/errors';

export const dynamic = 'force-dynamic';

const nullIfNotFound = (error: unknown) => {
  if (error instanceof AppError && error.code === 'not_found') return null;
  throw error;
};

export default async function VideoRoute({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser();
  const { id } = await params;
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) notFound();
  const details = await getAssetDetails(user, id).catch(nullIfNotFound);
  if (!details || details.type !== 'video') notFound();
  const [interactions, chapters] = await Promise.all([getVideoInteractions(user, id).catch(nullIfNotFound), listChapters(user, id).catch(nullIfNotFound)]);
  if (!interactions || !chapters) notFound();
  return (
    <>
      <TopBar user={user} />
      <VideoPage key={id} details={details} interactions={interactions} chapters={chapters.chapters} />
      <SimilarVideos key={`similar-${id}`} assetId={id} />
    </>
  );
}
