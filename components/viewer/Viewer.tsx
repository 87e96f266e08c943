'use client';
// Full-screen viewer: the preview (or the original, zoomed on demand), a basic player for
// videos (the original route answers Range requests), previous/next across months, the info
// panel and the actions; a video links to its full player page (/videos/[id]). Keys: ← → move,
// Esc back, F favourite, A archive, Delete trash, I info, Z zoom. A motion photo or Live Photo
// plays its short video from a badge or a press and hold (MotionPhoto.tsx). Leaving (Esc, the
// back arrow) goes back in history when the viewer was opened from the timeline, which then
// returns to its place (lib/client/timeline-place.ts). Opened from /search (`search`), the arrows
// walk the results and leaving goes back to them; opened from an album (`album`), they walk the
// album in its order and leaving goes back to the album. "Add to album" opens the album dialog.
import { Archive, ArchiveRestore, ArrowLeft, ChevronLeft, ChevronRight, Clapperboard, Download, Heart, Info, LibraryBig, MessageCircle, Trash2, Undo2, ZoomIn, ZoomOut } from 'lucide-react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { type ReactNode, useCallback, useEffect, useState } from 'react';
import { AddToAlbumDialog } from '@/components/albums/AddToAlbumDialog';
import { ItemLikeButton } from '@/components/albums/ItemLikeButton';
import { noteViewedPhoto, readTimelinePlace } from '@/lib/client/timeline-place';
import { useViewerNeighbours } from '@/lib/client/search-queries';
import { useAssetDetails, useBulkAction } from '@/lib/client/timeline-queries';
import type { AssetDetails, BulkAction } from '@/lib/assets/assets.schemas';
import type { TimelineView } from '@/lib/timeline/timeline.schemas';
import { FaceBoxes } from './FaceBoxes';
import { InfoPanel } from './InfoPanel';
import { MotionPhoto } from './MotionPhoto';
import { problemOf, ViewerProblem } from './ViewerProblem';

/** A photo with a motion part plays it from a badge or a press and hold; others are just the still. */
function Still({ asset, children }: { asset: AssetDetails; children: ReactNode }) {
  const ratio = asset.width && asset.height ? asset.width / asset.height : null;
  return asset.motion ? (
    <MotionPhoto assetId={asset.id} ratio={ratio}>
      {children}
    </MotionPhoto>
  ) : (
    children
  );
}

const VIEW_PATH: Record<TimelineView, string> = { timeline: '/', favourites: '/favourites', archive: '/archive', trash: '/trash' };

export function Viewer({ initial, view, search = null, album = null }: { initial: AssetDetails; view: TimelineView; search?: string | null; album?: string | null }) {
  const router = useRouter();
  const { data: asset = initial } = useAssetDetails(initial.id, initial);
  const { data: neighbours } = useViewerNeighbours(view, search, asset.id, album);
  const [addingToAlbum, setAddingToAlbum] = useState(false);
  const bulk = useBulkAction();
  const [zoomed, setZoomed] = useState(false);
  const [showInfo, setShowInfo] = useState(false);
  const [showFaces, setShowFaces] = useState(false);
  const [previewFailed, setPreviewFailed] = useState(false);
  const back = album !== null ? `/albums/${album}` : search === null ? VIEW_PATH[view] : `/search?${search}`;
  const problem = problemOf(asset) ?? (previewFailed ? 'preview' : null);

  const context = album !== null ? `album=${album}` : search === null ? `view=${view}` : new URLSearchParams({ search }).toString();
  const go = useCallback((id: string | null | undefined) => id && router.replace(`/photos/${id}?${context}`), [router, context]);
  const leave = useCallback(() => {
    if (search === null && album === null && readTimelinePlace(view)?.fromTimeline) router.back();
    else router.push(back);
  }, [album, back, router, search, view]);

  // The timeline brings the photo shown last into view when the user goes back.
  useEffect(() => {
    if (search === null && album === null) noteViewedPhoto(view, asset.id, asset.takenAtLocal.slice(0, 7));
  }, [album, search, view, asset.id, asset.takenAtLocal]);

  // Warm the neighbours' previews so the arrow keys feel instant.
  useEffect(() => {
    for (const id of [neighbours?.previous, neighbours?.next]) if (id) new Image().src = `/api/assets/${id}/thumbnail?size=preview`;
  }, [neighbours]);

  const act = useCallback(
    (action: BulkAction) => {
      bulk.mutate(
        { ids: [asset.id], action },
        {
          onSuccess: () => {
            // Leaving the view (trash, archive, restore…): move on to the next one, or back.
            const leaves = action === 'trash' || action === 'restore' || (action === 'archive' && view !== 'archive') || (action === 'unarchive' && view === 'archive') || (action === 'unfavourite' && view === 'favourites');
            if (!leaves) return;
            const next = neighbours?.next ?? neighbours?.previous;
            if (next) go(next);
            else router.push(back);
          },
        },
      );
    },
    [asset.id, back, bulk, go, neighbours, router, view],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // A dialog (Add to album, Edit date) has the keys: its Esc closes it, not the viewer.
      if (addingToAlbum || document.querySelector('dialog[open]')) return;
      if (e.target instanceof HTMLElement && ['INPUT', 'TEXTAREA', 'VIDEO'].includes(e.target.tagName) && e.key !== 'Escape') return;
      if (e.key === 'ArrowLeft') go(neighbours?.previous);
      else if (e.key === 'ArrowRight') go(neighbours?.next);
      else if (e.key === 'Escape') leave();
      else if (e.key === 'f') act(asset.favourite ? 'unfavourite' : 'favourite');
      else if (e.key === 'a') act(asset.archived ? 'unarchive' : 'archive');
      else if (e.key === 'Delete') act(asset.status === 'trashed' ? 'restore' : 'trash');
      else if (e.key === 'i') setShowInfo((v) => !v);
      else if (e.key === 'z' && asset.type === 'photo') setZoomed((v) => !v);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [act, addingToAlbum, asset, go, leave, neighbours]);

  const button = 'flex items-center gap-1.5 rounded px-2 py-1.5 hover:bg-white/10 disabled:opacity-40 sm:px-3';
  const label = 'hidden sm:inline';
  return (
    <div className="fixed inset-0 z-50 flex flex-col bg-black text-white" data-testid="viewer" data-asset-id={asset.id}>
      <div className="z-30 flex items-center gap-1 bg-black/70 px-2 py-1 text-sm">
        <Link
          href={back}
          className={button}
          aria-label={album !== null ? 'Back to the album' : search === null ? 'Back to the timeline' : 'Back to the search results'}
          onClick={(e) => {
            if (e.ctrlKey || e.metaKey || e.shiftKey) return;
            e.preventDefault();
            leave();
          }}
        >
          <ArrowLeft aria-hidden size={20} />
        </Link>
        <span className="min-w-0 flex-1 truncate" data-testid="viewer-title">
          {asset.fileName}
        </span>
        <button type="button" className={button} onClick={() => act(asset.favourite ? 'unfavourite' : 'favourite')} aria-pressed={asset.favourite} aria-label="Favourite" disabled={bulk.isPending}>
          <Heart aria-hidden size={20} className={asset.favourite ? 'fill-current text-rose-400' : ''} />
        </button>
        {asset.status === 'trashed' ? (
          <button type="button" className={button} onClick={() => act('restore')} disabled={bulk.isPending} aria-label="Restore">
            <Undo2 aria-hidden size={20} />
            <span className={label}>Restore</span>
          </button>
        ) : (
          <>
            <button type="button" className={button} onClick={() => act(asset.archived ? 'unarchive' : 'archive')} disabled={bulk.isPending} aria-label={asset.archived ? 'Unarchive' : 'Archive'}>
              {asset.archived ? <ArchiveRestore aria-hidden size={20} /> : <Archive aria-hidden size={20} />}
              <span className={label}>{asset.archived ? 'Unarchive' : 'Archive'}</span>
            </button>
            <button type="button" className={button} onClick={() => act('trash')} disabled={bulk.isPending} aria-label="Trash">
              <Trash2 aria-hidden size={20} />
              <span className={label}>Trash</span>
            </button>
          </>
        )}
        {asset.type === 'photo' && !problem && (
          <button type="button" className={`${button} hidden sm:flex`} onClick={() => setZoomed((v) => !v)} aria-pressed={zoomed} aria-label={zoomed ? 'Fit' : 'Zoom'}>
            {zoomed ? <ZoomOut aria-hidden size={20} /> : <ZoomIn aria-hidden size={20} />}
          </button>
        )}
        {asset.type === 'video' && (
          <Link href={`/videos/${asset.id}`} className={button} aria-label="Open video page" data-testid="open-video-page">
            <Clapperboard aria-hidden size={20} />
            <span className={label}>Video page</span>
          </Link>
        )}
        {album !== null && <ItemLikeButton albumId={album} assetId={asset.id} />}
        {album !== null && (
          <Link href={`/albums/${album}/activity`} className={button} aria-label="Album activity: likes and comments">
            <MessageCircle aria-hidden size={20} />
          </Link>
        )}
        {asset.status !== 'trashed' && (
          <button type="button" className={button} onClick={() => setAddingToAlbum(true)} aria-label="Add to album">
            <LibraryBig aria-hidden size={20} />
          </button>
        )}
        <a href={`/api/assets/${asset.id}/original`} download className={button} aria-label="Download original">
          <Download aria-hidden size={20} />
        </a>
        <button type="button" className={button} onClick={() => setShowInfo((v) => !v)} aria-pressed={showInfo} aria-label="Info">
          <Info aria-hidden size={20} />
        </button>
      </div>
      {addingToAlbum && <AddToAlbumDialog assetIds={[asset.id]} onClose={() => setAddingToAlbum(false)} />}
      {bulk.error && (
        <p role="alert" className="bg-red-900 px-3 py-1 text-sm">
          {bulk.error.message}
        </p>
      )}
      <div className="relative min-h-0 flex-1">
        {problem ? (
          <ViewerProblem asset={asset} problem={problem} />
        ) : asset.type === 'video' ? (
          <video key={asset.id} src={`/api/assets/${asset.id}/original`} controls autoPlay playsInline preload="metadata" className="h-full w-full" data-testid="viewer-video" />
        ) : zoomed ? (
          <div className="h-full w-full overflow-auto" onDoubleClick={() => setZoomed(false)}>
            {/* eslint-disable-next-line @next/next/no-img-element -- full size: the original, or a web-safe rendition of HEIC/TIFF/JXL/RAW */}
            <img src={`/api/assets/${asset.id}/full`} alt={asset.fileName} className="max-w-none" data-testid="viewer-original" />
          </div>
        ) : (
          <Still key={asset.id} asset={asset}>
            {/* eslint-disable-next-line @next/next/no-img-element -- served by our own API with auth */}
            <img
              src={`/api/assets/${asset.id}/thumbnail?size=preview`}
              alt={asset.fileName}
              className="h-full w-full object-contain"
              onDoubleClick={() => setZoomed(true)}
              onError={() => setPreviewFailed(true)}
              data-testid="viewer-image"
            />
          </Still>
        )}
        <button
          type="button"
          className="absolute inset-y-0 left-0 flex w-14 items-center justify-center opacity-70 hover:opacity-100 focus-visible:opacity-100 disabled:hidden"
          onClick={() => go(neighbours?.previous)}
          disabled={!neighbours?.previous}
          aria-label="Previous (newer)"
        >
          <ChevronLeft aria-hidden size={36} className="drop-shadow" />
        </button>
        <button
          type="button"
          className={`absolute inset-y-0 right-0 flex w-14 items-center justify-center opacity-70 hover:opacity-100 focus-visible:opacity-100 disabled:hidden ${showInfo ? 'sm:right-80' : ''}`}
          onClick={() => go(neighbours?.next)}
          disabled={!neighbours?.next}
          aria-label="Next (older)"
        >
          <ChevronRight aria-hidden size={36} className="drop-shadow" />
        </button>
        {showInfo && showFaces && asset.type === 'photo' && !zoomed && !problem && <FaceBoxes assetId={asset.id} ratio={asset.width && asset.height ? asset.width / asset.height : 1} />}
        {showInfo && <InfoPanel asset={asset} showFaces={showFaces} onToggleFaces={() => setShowFaces((v) => !v)} />}
      </div>
    </div>
  );
}
