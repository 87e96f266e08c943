// The answers of the catalogue's part-2 APIs as their contracts describe them
// (/work/briefs: catalogue-query, organise, similar). Those routes are built on other branches;
// these types let the UI be written against them now. Once merged, each can become the
// server's own type (ReturnType of the operation), as catalogue-api.ts does for /api/videos.
import type { VideoCard } from '@/lib/catalogue/catalogue.schemas';

export interface EntityRef {
  id: string;
  name: string;
}

/** A card of /api/videos with the fields part 2 adds (optional until the query branch lands). */
export type CatalogueCard = VideoCard &
  Partial<{
    relPath: string;
    libraryId: string;
    libraryName: string;
    sizeBytes: number;
    bitrate: number | null;
    videoCodec: string | null;
    releaseDate: string | null;
    studio: EntityRef | null;
    performers: EntityRef[];
    favourite: boolean;
    organised: boolean;
    viewSeconds: number;
    lastViewedAt: string | null;
    likeCount: number;
  }>;

export interface CataloguePage {
  items: CatalogueCard[];
  total: number;
  page: number;
  pageSize: number;
  seed?: number;
}

/** A performer, studio or tag of the organise list APIs. */
export interface EntitySummary {
  id: string;
  name: string;
  aliases: string[];
  imageUrl: string | null;
  videoCount: number;
  totalDurationMs: number;
  averageRating: number | null;
}

export type EntityKind = 'performers' | 'studios' | 'tags';

export interface MonthCount {
  month: string;
  count: number;
}

export interface CatalogueStats {
  total: number;
  durationMs: number;
  bytes: number;
  added: MonthCount[];
  released: MonthCount[];
}

export interface CatalogueDashboard {
  counts: { videos: number; performers: number; studios: number; tags: number };
  durationMs: number;
  bytes: number;
  mostWatched: CatalogueCard[];
  mostLiked: CatalogueCard[];
  recentlyAdded: CatalogueCard[];
  watchPerWeek: { week: string; seconds: number }[];
}

export interface SuggestEntity {
  id: string;
  name: string;
  imageUrl?: string | null;
  videoCount?: number;
}

export interface Suggestions {
  performers: SuggestEntity[];
  studios: SuggestEntity[];
  tags: SuggestEntity[];
  videos: { id: string; title: string; thumbnailUrl: string | null }[];
}

export interface OrganiseChange {
  ids: string[];
  addTagIds?: string[];
  removeTagIds?: string[];
  addPerformerIds?: string[];
  removePerformerIds?: string[];
  studioId?: string | null;
  organised?: boolean;
}
