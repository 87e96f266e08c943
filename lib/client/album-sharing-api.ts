// Typed fetchers of the album sharing routes (app/api/albums/[id]/members|activity/*, and
// app/api/users/household): who has an album, sharing it, the activity, likes and comments.
import type { AlbumRole } from '@/lib/server/generated/prisma/enums';
import type {
  ActivityPage, AlbumActivityCounts, AlbumSharing, CommentEntry, HouseholdPeople, LikeState,
} from '@/lib/album-sharing/album-sharing.schemas';
import { apiFetch } from './api';

const albumUrl = (albumId: string) => `/api/albums/${encodeURIComponent(albumId)}`;
const memberUrl = (albumId: string, userId: string) => `${albumUrl(albumId)}/members/${encodeURIComponent(userId)}`;

export const fetchAlbumSharing = (albumId: string) => apiFetch<AlbumSharing>(`${albumUrl(albumId)}/members`);

export const fetchHouseholdPeople = () => apiFetch<HouseholdPeople>('/api/users/household');

export const inviteAlbumMember = (albumId: string, userId: string, role: AlbumRole) =>
  apiFetch<AlbumSharing>(`${albumUrl(albumId)}/members`, { method: 'POST', json: { userId, role } });

export const changeAlbumMemberRole = (albumId: string, userId: string, role: AlbumRole) =>
  apiFetch<AlbumSharing>(memberUrl(albumId, userId), { method: 'PATCH', json: { role } });

/** The owner removes a member, or a member passes their own id to leave. */
export const removeAlbumMember = (albumId: string, userId: string) => apiFetch<null>(memberUrl(albumId, userId), { method: 'DELETE' });

export function fetchAlbumActivity(albumId: string, options: { assetId?: string; cursor?: string | null }) {
  const query = new URLSearchParams();
  if (options.assetId) query.set('assetId', options.assetId);
  if (options.cursor) query.set('cursor', options.cursor);
  const qs = query.toString();
  return apiFetch<ActivityPage>(`${albumUrl(albumId)}/activity${qs ? `?${qs}` : ''}`);
}

export const fetchActivityCounts = (albumId: string, assetId?: string) =>
  apiFetch<AlbumActivityCounts>(`${albumUrl(albumId)}/activity/counts${assetId ? `?assetId=${encodeURIComponent(assetId)}` : ''}`);

export const postAlbumComment = (albumId: string, body: string, assetId?: string) =>
  apiFetch<CommentEntry>(`${albumUrl(albumId)}/activity/comments`, { method: 'POST', json: { body, assetId: assetId ?? null } });

export const deleteAlbumComment = (albumId: string, commentId: string) =>
  apiFetch<null>(`${albumUrl(albumId)}/activity/comments/${encodeURIComponent(commentId)}`, { method: 'DELETE' });

export const putAlbumLike = (albumId: string, liked: boolean, assetId?: string) =>
  apiFetch<LikeState>(`${albumUrl(albumId)}/activity/like`, { method: 'PUT', json: { liked, assetId: assetId ?? null } });
