// Every documented route, gathered from the domain files. A new route file under app/api needs
// one entry in its domain's *.api.ts (tests/api-docs/coverage.test.ts names what is missing).
import { adminRoutes } from './admin.api';
import { albumRoutes } from './albums.api';
import { albumSharingRoutes } from './album-sharing.api';
import { apiDocsRoutes } from './api-docs.api';
import { assetEditRoutes } from './asset-edits.api';
import { assetRoutes } from './assets.api';
import { authRoutes } from './auth.api';
import { downloadRoutes } from './downloads.api';
import { duplicateRoutes } from './duplicates.api';
import { libraryRoutes } from './libraries.api';
import { mapRoutes } from './map.api';
import { meRoutes } from './me.api';
import type { ApiRoutes } from './operation';
import { organiseRoutes } from './organise.api';
import { peopleRoutes } from './people.api';
import { placeRoutes } from './places.api';
import { searchRoutes } from './search.api';
import { sharedLinkRoutes } from './shared-links.api';
import { timelineRoutes } from './timeline.api';
import { uploadRoutes } from './uploads.api';
import { videoRoutes } from './videos.api';

/** Domain files in the order their tags appear on the reference page. */
export const apiSections: { tag: string; description: string; routes: ApiRoutes }[] = [
  { tag: 'Auth', description: 'Signing in and out, first setup, invites, password resets.', routes: authRoutes },
  { tag: 'Me', description: 'My profile, password, sessions, API keys, saved searches.', routes: meRoutes },
  { tag: 'Timeline', description: 'Month views of the photos and videos.', routes: timelineRoutes },
  { tag: 'Assets', description: 'One photo or video: details and files (Range, ETag), bulk actions.', routes: assetRoutes },
  { tag: 'Dates', description: 'Dates set or shifted by hand, and reverted to the file’s.', routes: assetEditRoutes },
  { tag: 'Videos', description: 'The video catalogue, interactions, chapters, clips.', routes: videoRoutes },
  { tag: 'Organise', description: 'Performers, studios, tags, auto-tagging.', routes: organiseRoutes },
  { tag: 'Albums', description: 'Albums of my own and shared with me, their items and order.', routes: albumRoutes },
  { tag: 'Search', description: 'Search, filters, suggestions, similar assets, analysis.', routes: searchRoutes },
  { tag: 'People', description: 'People from faces.', routes: peopleRoutes },
  { tag: 'Downloads', description: 'Many originals as one streamed ZIP: chosen items, an album.', routes: downloadRoutes },
  { tag: 'Map', description: 'Clusters of geotagged photos and videos, and the assets of a place.', routes: mapRoutes },
  { tag: 'Places', description: 'Where photos were taken: offline reverse geocoding, the Places page, locations set by hand.', routes: placeRoutes },
  { tag: 'Duplicates', description: 'Look-alike photos and videos.', routes: duplicateRoutes },
  { tag: 'Shared links', description: 'Links for people without an account: the owner’s management and what a link holder may open.', routes: sharedLinkRoutes },
  { tag: 'Album sharing', description: 'Album members, the household to share with, likes, comments and activity.', routes: albumSharingRoutes },
  { tag: 'Libraries', description: 'Indexed folders, scans, sharing.', routes: libraryRoutes },
  { tag: 'Uploads', description: 'Resumable uploads (tus), duplicate checks, upload limits.', routes: uploadRoutes },
  { tag: 'Admin', description: 'Accounts, invites, background work, health.', routes: adminRoutes },
  { tag: 'API docs', description: 'This document and its reference page.', routes: apiDocsRoutes },
];
