// A household for the similar tests (the catalogue's: an owner with a library shared with a
// member and a private one, a stranger with their own) and small helpers that make
// performers, tags and studios and link them to videos as rows — the organise room's CRUD is
// built on another branch; these tests are about what the links mean for similarity.
import { GET as similarRoute } from '@/app/api/videos/[id]/similar/route';
import { GET as tokensRoute } from '@/app/api/videos/[id]/tokens/route';
import { GET as wordCloudRoute } from '@/app/api/videos/word-cloud/route';
import { GET as performerSimilarRoute } from '@/app/api/performers/[id]/similar/route';
import { GET as studioSimilarRoute } from '@/app/api/studios/[id]/similar/route';
import { prisma } from '@/lib/server/db';
import type { SimilarEntityPage, SimilarVideoPage, VideoTokens, WordCloud } from '@/lib/similar/similar.schemas';
import { addVideo } from '../catalogue/helpers';
import { params, request } from '../support/factories';

export { household } from '../catalogue/helpers';

type Lib = { ownerId: string; libraryId: string };

/** A video whose title and path give no words ("1.mp4" in no folder): only its links count. */
export const video = (lib: Lib, n: number, extra: { relPath?: string; title?: string } = {}) =>
  addVideo(lib, { relPath: extra.relPath ?? `${n}.mp4`, title: extra.title });

export async function tag(ownerId: string, name: string): Promise<string> {
  return (await prisma().tag.create({ data: { ownerId, name } })).id;
}
export async function performer(ownerId: string, name: string, tagIds: string[] = []): Promise<string> {
  const p = await prisma().person.create({ data: { ownerId, name } });
  for (const tagId of tagIds) await prisma().personTag.create({ data: { personId: p.id, tagId } });
  return p.id;
}
export async function studio(ownerId: string, name: string, parentId?: string): Promise<string> {
  return (await prisma().studio.create({ data: { ownerId, name, parentId } })).id;
}

/** Links a video to performers, tags and a studio (as lib/organise will). */
export async function link(assetId: string, links: { people?: string[]; tags?: string[]; studio?: string }): Promise<void> {
  for (const personId of links.people ?? []) await prisma().assetPerson.create({ data: { assetId, personId } });
  for (const tagId of links.tags ?? []) await prisma().assetTag.create({ data: { assetId, tagId } });
  if (links.studio) await prisma().asset.update({ where: { id: assetId }, data: { studioId: links.studio } });
}

async function ok<T>(res: Response, what: string): Promise<T> {
  if (res.status !== 200) throw new Error(`${what}: ${res.status} ${await res.text()}`);
  return res.json() as Promise<T>;
}

export const getSimilar = (cookie: string, id: string, query = '') =>
  similarRoute(request(`/api/videos/${id}/similar${query}`, { cookie }), params({ id }));
export const similar = async (cookie: string, id: string, query = '') =>
  ok<SimilarVideoPage>(await getSimilar(cookie, id, query), `similar of ${id}`);
export const tokens = async (cookie: string, id: string) =>
  ok<VideoTokens>(await tokensRoute(request(`/api/videos/${id}/tokens`, { cookie }), params({ id })), `tokens of ${id}`);
export const wordCloud = async (cookie: string, query = '') =>
  ok<WordCloud>(await wordCloudRoute(request(`/api/videos/word-cloud${query}`, { cookie }), params({})), 'word cloud');
export const similarPerformers = async (cookie: string, id: string, query = '') =>
  ok<SimilarEntityPage>(await performerSimilarRoute(request(`/api/performers/${id}/similar${query}`, { cookie }), params({ id })), `similar performers of ${id}`);
export const similarStudios = async (cookie: string, id: string, query = '') =>
  ok<SimilarEntityPage>(await studioSimilarRoute(request(`/api/studios/${id}/similar${query}`, { cookie }), params({ id })), `similar studios of ${id}`);

/** "performer: Ann · tag: beach" — what the UI shows, and what a test compares. */
export const whyLine = (why: { type: string; label: string }[]) => why.map((w) => `${w.type}: ${w.label}`).join(' · ');
export const ids = (page: { items: { video: { id: string } }[] }) => page.items.map((i) => i.video.id);
