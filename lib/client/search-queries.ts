'use client';
// TanStack Query hooks of search in the viewer: previous/next inside a search's results, the
// "more like this" strip and the analysis panel.
import { useQuery } from '@tanstack/react-query';
import type { TimelineView } from '@/lib/timeline/timeline.schemas';
import { useAlbumNeighbours } from './album-queries';
import { fetchAssetAnalysis, fetchSearchNeighbours, fetchSimilarAssets } from './search-api';
import { useNeighbours } from './timeline-queries';

/** The viewer's neighbours: inside the album it was opened from (`album`: its id), or the
 * search (`search`: its canonical query string), else in the timeline view's order. */
export function useViewerNeighbours(view: TimelineView, search: string | null, id: string, album: string | null = null) {
  const timeline = useNeighbours(view, id, search === null && album === null);
  const inSearch = useQuery({ queryKey: ['search', search, 'neighbours', id], queryFn: () => fetchSearchNeighbours(search ?? '', id), enabled: search !== null && album === null });
  const inAlbum = useAlbumNeighbours(album, id);
  return album !== null ? inAlbum : search === null ? timeline : inSearch;
}

export function useSimilarAssets(id: string, enabled: boolean) {
  return useQuery({ queryKey: ['asset', id, 'similar'], queryFn: () => fetchSimilarAssets(id), enabled, staleTime: 60_000 });
}

export function useAssetAnalysis(id: string, enabled: boolean) {
  return useQuery({ queryKey: ['asset', id, 'analysis'], queryFn: () => fetchAssetAnalysis(id), enabled, staleTime: 60_000 });
}
