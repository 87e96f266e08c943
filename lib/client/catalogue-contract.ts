// The answers of the catalogue's part-2 APIs, as the client components use them: the server's
// own types (lib/catalogue, lib/organise, lib/search), under the names the UI was written with.
import type { VideoStats } from '@/lib/catalogue/catalogue.schemas';

export type {
  VideoCard as CatalogueCard,
  VideoPage as CataloguePage,
  VideoStats as CatalogueStats,
  VideoDashboard as CatalogueDashboard,
} from '@/lib/catalogue/catalogue.schemas';
export type { EntityCard as EntitySummary, EntityRef } from '@/lib/organise/organise.schemas';
export type { EntitySuggestion as SuggestEntity, Suggestions } from '@/lib/search/search.schemas';

/** The route segment of each kind of entity. */
export type EntityKind = 'performers' | 'studios' | 'tags';

export type MonthCount = VideoStats['added'][number];

export interface OrganiseChange {
  ids: string[];
  addTagIds?: string[];
  removeTagIds?: string[];
  addPerformerIds?: string[];
  removePerformerIds?: string[];
  studioId?: string | null;
  organised?: boolean;
}
