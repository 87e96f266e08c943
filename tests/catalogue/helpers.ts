// A household for the catalogue and history tests: an owner with a library shared with a
// member and a private one, and a stranger with a library of their own. Videos are rows (the
// lists read rows, not pixels), with their added time set so "newest" has one right answer.
import { GET as historyRoute } from '@/app/api/videos/history/route';
import { GET as videosRoute } from '@/app/api/videos/route';
import type { HistoryPage, VideoPage } from '@/lib/catalogue/catalogue.schemas';
import type { DerivedKind } from '@/lib/server/generated/prisma/enums';
import { prisma } from '@/lib/server/db';
import { createAsset, libraryOwner } from '../support/asset-factory';
import { createUser, params, request, signIn } from '../support/factories';

let clock = Date.parse('2025-01-01T00:00:00.000Z');

interface VideoSeed {
  relPath?: string;
  title?: string;
  durationMs?: number;
  status?: 'online' | 'offline' | 'trashed';
  ingestStatus?: 'pending' | 'ready' | 'failed';
  type?: 'photo' | 'video';
  local?: string;
  derived?: DerivedKind[];
}

/** A video added one minute after the previous one (so the newest is the last added). */
export async function addVideo(library: { ownerId: string; libraryId: string }, seed: VideoSeed = {}): Promise<string> {
  const id = await createAsset(library, {
    local: seed.local ?? '2024-06-01 10:00:00',
    type: seed.type ?? 'video',
    durationMs: seed.durationMs ?? 90_000,
    status: seed.status,
    ingestStatus: seed.ingestStatus,
    relPath: seed.relPath,
    width: 1920,
    height: 1080,
  });
  clock += 60_000;
  await prisma().asset.update({ where: { id }, data: { createdAt: new Date(clock), title: seed.title ?? null } });
  for (const kind of seed.derived ?? ['thumb']) {
    await prisma().derived.create({ data: { assetId: id, kind, storageKey: `assets/${id}/${kind}`, width: 1, height: 1, bytes: 1 } });
  }
  return id;
}

export async function household() {
  const owner = await createUser();
  const member = await createUser();
  const stranger = await createUser();
  const family = await libraryOwner(owner.id);
  const privateLib = await libraryOwner(owner.id);
  const memberLib = await libraryOwner(member.id);
  const strangerLib = await libraryOwner(stranger.id);
  await prisma().libraryMember.create({ data: { libraryId: family.libraryId, userId: member.id } });
  return {
    owner: { ...owner, cookie: (await signIn(owner.id)).cookie },
    member: { ...member, cookie: (await signIn(member.id)).cookie },
    stranger: { ...stranger, cookie: (await signIn(stranger.id)).cookie },
    family,
    privateLib,
    memberLib,
    strangerLib,
  };
}

export const getVideos = (cookie: string, query = '') => videosRoute(request(`/api/videos${query}`, { cookie }), params({}));

export async function videoPage(cookie: string, query = ''): Promise<VideoPage> {
  const res = await getVideos(cookie, query);
  if (res.status !== 200) throw new Error(`GET /api/videos${query}: ${res.status} ${await res.text()}`);
  return res.json();
}

export const getHistory = (cookie: string, query = '') => historyRoute(request(`/api/videos/history${query}`, { cookie }), params({}));

export async function historyPage(cookie: string, query = ''): Promise<HistoryPage> {
  const res = await getHistory(cookie, query);
  if (res.status !== 200) throw new Error(`GET /api/videos/history${query}: ${res.status} ${await res.text()}`);
  return res.json();
}
