// Calls to the organise routes for the tests: a household (owner, member of the family
// library, stranger) from the catalogue tests, and one helper per route answering status + body.
import * as assetOrganise from '@/app/api/assets/[id]/organise/route';
import * as performers from '@/app/api/performers/route';
import * as performer from '@/app/api/performers/[id]/route';
import * as performerImage from '@/app/api/performers/[id]/image/route';
import * as performerMerge from '@/app/api/performers/[id]/merge/route';
import * as performerVideos from '@/app/api/performers/[id]/videos/route';
import * as studios from '@/app/api/studios/route';
import * as studio from '@/app/api/studios/[id]/route';
import * as studioMerge from '@/app/api/studios/[id]/merge/route';
import * as studioVideos from '@/app/api/studios/[id]/videos/route';
import * as tags from '@/app/api/tags/route';
import * as tag from '@/app/api/tags/[id]/route';
import * as tagMerge from '@/app/api/tags/[id]/merge/route';
import * as tagVideos from '@/app/api/tags/[id]/videos/route';
import * as bulk from '@/app/api/videos/organise/route';
import { params, request } from '../support/factories';

export { addVideo, household } from '../catalogue/helpers';

type Kind = 'performers' | 'studios' | 'tags';
const ROUTES = {
  performers: { list: performers, one: performer, merge: performerMerge, videos: performerVideos },
  studios: { list: studios, one: studio, merge: studioMerge, videos: studioVideos },
  tags: { list: tags, one: tag, merge: tagMerge, videos: tagVideos },
};

export interface Answer {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

async function answer(res: Response): Promise<Answer> {
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

export const create = async (cookie: string, kind: Kind, json: unknown) =>
  answer(await ROUTES[kind].list.POST(request(`/api/${kind}`, { method: 'POST', cookie, json }), params({})));
export const list = async (cookie: string, kind: Kind, query = '') => answer(await ROUTES[kind].list.GET(request(`/api/${kind}${query}`, { cookie }), params({})));
export const getOne = async (cookie: string, kind: Kind, id: string) => answer(await ROUTES[kind].one.GET(request(`/api/${kind}/${id}`, { cookie }), params({ id })));
export const edit = async (cookie: string, kind: Kind, id: string, json: unknown) =>
  answer(await ROUTES[kind].one.PATCH(request(`/api/${kind}/${id}`, { method: 'PATCH', cookie, json }), params({ id })));
export const remove = async (cookie: string, kind: Kind, id: string) =>
  answer(await ROUTES[kind].one.DELETE(request(`/api/${kind}/${id}`, { method: 'DELETE', cookie }), params({ id })));
export const merge = async (cookie: string, kind: Kind, id: string, sourceIds: string[]) =>
  answer(await ROUTES[kind].merge.POST(request(`/api/${kind}/${id}/merge`, { method: 'POST', cookie, json: { sourceIds } }), params({ id })));
export const videosOf = async (cookie: string, kind: Kind, id: string, query = '') =>
  answer(await ROUTES[kind].videos.GET(request(`/api/${kind}/${id}/videos${query}`, { cookie }), params({ id })));
export const organiseOf = async (cookie: string, id: string) => answer(await assetOrganise.GET(request(`/api/assets/${id}/organise`, { cookie }), params({ id })));
export const organise = async (cookie: string, id: string, json: unknown) =>
  answer(await assetOrganise.PATCH(request(`/api/assets/${id}/organise`, { method: 'PATCH', cookie, json }), params({ id })));
export const bulkOrganise = async (cookie: string, json: unknown) => answer(await bulk.POST(request('/api/videos/organise', { method: 'POST', cookie, json }), params({})));
export const image = performerImage;

/** Creates and returns the id (fails the test on anything but 201). */
export async function made(cookie: string, kind: Kind, json: unknown): Promise<string> {
  const res = await create(cookie, kind, json);
  if (res.status !== 201) throw new Error(`POST /api/${kind}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id;
}
