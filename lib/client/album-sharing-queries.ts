'use client';
// TanStack Query hooks of album sharing: who has the album and the changes the owner makes, the
// household to pick from, the activity feed (paged, newest first), counts, comments and likes.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import type { ActivityPage, AlbumActivityCounts, AlbumSharing } from '@/lib/album-sharing/album-sharing.schemas';
import type { AlbumRole } from '@/lib/server/generated/prisma/enums';
import * as api from './album-sharing-api';

export const albumSharingKeys = {
  sharing: (albumId: string) => ['album', albumId, 'sharing'] as const,
  household: ['users', 'household'] as const,
  /** Every feed of the album (the album's and each item's). */
  activity: (albumId: string) => ['album', albumId, 'activity'] as const,
  feed: (albumId: string, assetId?: string) => ['album', albumId, 'activity', 'feed', assetId ?? 'album'] as const,
  counts: (albumId: string, assetId?: string) => ['album', albumId, 'activity', 'counts', assetId ?? 'all'] as const,
};

export function useAlbumSharing(albumId: string) {
  return useQuery({ queryKey: albumSharingKeys.sharing(albumId), queryFn: () => api.fetchAlbumSharing(albumId) });
}

export function useHouseholdPeople(enabled: boolean) {
  return useQuery({ queryKey: albumSharingKeys.household, queryFn: api.fetchHouseholdPeople, enabled, select: (d) => d.people });
}

/** Invite, change a role: each answers who has the album now. */
export function useAlbumMemberChange(albumId: string) {
  const client = useQueryClient();
  const onSuccess = (sharing: AlbumSharing) => client.setQueryData(albumSharingKeys.sharing(albumId), sharing);
  return {
    invite: useMutation({ mutationFn: (v: { userId: string; role: AlbumRole }) => api.inviteAlbumMember(albumId, v.userId, v.role), onSuccess }),
    changeRole: useMutation({ mutationFn: (v: { userId: string; role: AlbumRole }) => api.changeAlbumMemberRole(albumId, v.userId, v.role), onSuccess }),
    remove: useMutation({
      mutationFn: (userId: string) => api.removeAlbumMember(albumId, userId),
      onSuccess: () => client.invalidateQueries({ queryKey: albumSharingKeys.sharing(albumId) }),
    }),
  };
}

/** `initial`: the first page a server component already read (the page renders it at once). */
export function useAlbumActivity(albumId: string, assetId?: string, initial?: ActivityPage) {
  return useInfiniteQuery({
    queryKey: albumSharingKeys.feed(albumId, assetId),
    initialData: initial ? { pages: [initial], pageParams: [null] } : undefined,
    queryFn: ({ pageParam }) => api.fetchAlbumActivity(albumId, { assetId, cursor: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

export function useActivityCounts(albumId: string, assetId?: string, initial?: AlbumActivityCounts) {
  return useQuery({ queryKey: albumSharingKeys.counts(albumId, assetId), queryFn: () => api.fetchActivityCounts(albumId, assetId), initialData: initial });
}

/** The like count and my like of the album (no assetId) or one item, from the counts. */
export function likeOf(counts: AlbumActivityCounts | undefined, assetId?: string) {
  const c = assetId ? counts?.items.find((i) => i.assetId === assetId) : counts?.album;
  return { likes: c?.likes ?? 0, comments: c?.comments ?? 0, liked: c?.likedByMe ?? false };
}

export function useAlbumComments(albumId: string, assetId?: string) {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: albumSharingKeys.activity(albumId) });
  return {
    add: useMutation({ mutationFn: (body: string) => api.postAlbumComment(albumId, body, assetId), onSuccess: refresh }),
    remove: useMutation({ mutationFn: (commentId: string) => api.deleteAlbumComment(albumId, commentId), onSuccess: refresh }),
  };
}

/**
 * Likes or unlikes, shown at once (optimistic). The request carries the wanted state, and the
 * clicks of one button run one after another (a shared mutation scope), so the last click is
 * what the server keeps however fast someone clicks; a click already overtaken by a later one
 * while it waited its turn sends nothing (five quick clicks are two requests, not five).
 */
export function useSetAlbumLike(albumId: string, assetId?: string) {
  const client = useQueryClient();
  const key = albumSharingKeys.counts(albumId, assetId);
  const mutationKey = ['album-like', albumId, assetId ?? 'album'];
  const wanted = useRef<boolean | null>(null);
  return useMutation({
    mutationKey,
    scope: { id: mutationKey.join(':') },
    mutationFn: (liked: boolean) => (liked === wanted.current ? api.putAlbumLike(albumId, liked, assetId) : Promise.resolve(null)),
    // onMutate runs at the click, before the mutation waits for its turn in the scope.
    onMutate: async (liked) => {
      wanted.current = liked;
      await client.cancelQueries({ queryKey: key });
      client.setQueryData<AlbumActivityCounts>(key, (old) => {
        if (!old) return old;
        const flip = <T extends { likes: number; likedByMe: boolean }>(c: T): T =>
          c.likedByMe === liked ? c : { ...c, likedByMe: liked, likes: Math.max(0, c.likes + (liked ? 1 : -1)) };
        if (!assetId) return { ...old, album: flip(old.album) };
        const has = old.items.some((i) => i.assetId === assetId);
        const items = has ? old.items.map((i) => (i.assetId === assetId ? flip(i) : i)) : [...old.items, flip({ assetId, likes: 0, comments: 0, likedByMe: false })];
        return { ...old, items };
      });
    },
    // Refetched once the last queued click is done, not between clicks (that would flicker).
    onSettled: () => (client.isMutating({ mutationKey }) <= 1 ? client.invalidateQueries({ queryKey: albumSharingKeys.activity(albumId) }) : undefined),
  });
}
