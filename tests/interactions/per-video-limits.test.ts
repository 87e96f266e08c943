// Per-person caps on what can be added to one video (markers, finish points, comments) hold
// when many requests arrive at once: the last free place is taken exactly once, the rest get
// a 409 that says which cap is full, and another person's cap is their own.
import { describe, expect, it } from 'vitest';
import { POST as addComment } from '@/app/api/assets/[id]/comments/route';
import { POST as addFinishPoint } from '@/app/api/assets/[id]/finish-points/route';
import { POST as addMarker } from '@/app/api/assets/[id]/markers/route';
import { PER_VIDEO_LIMITS } from '@/lib/interactions/interactions.schemas';
import { prisma } from '@/lib/server/db';
import { createAsset, libraryOwner } from '../support/asset-factory';
import { createUser, params, request, signIn } from '../support/factories';

type Where = { userId: string; assetId: string };
const ROUTES = {
  marker: { route: addMarker, path: 'markers', body: { seconds: 1 }, count: (where: Where) => prisma().marker.count({ where }) },
  finishPoint: { route: addFinishPoint, path: 'finish-points', body: { seconds: 1 }, count: (where: Where) => prisma().finishPoint.count({ where }) },
  comment: { route: addComment, path: 'comments', body: { body: 'again' }, count: (where: Where) => prisma().comment.count({ where }) },
} as const;

describe('per-video limits under parallel requests', () => {
  for (const kind of ['marker', 'finishPoint', 'comment'] as const) {
    it(`lets exactly one of 30 parallel ${kind} requests take the last place`, async () => {
      const user = await createUser();
      const member = await createUser();
      const { cookie } = await signIn(user.id);
      const library = await libraryOwner(user.id);
      await prisma().libraryMember.create({ data: { libraryId: library.libraryId, userId: member.id } });
      const video = await createAsset(library, { local: '2024-06-01 10:00:00', type: 'video', durationMs: 60_000 });
      const limit = PER_VIDEO_LIMITS[kind];
      const rows = Array.from({ length: limit - 1 }, () =>
        kind === 'comment' ? { userId: user.id, assetId: video, body: 'filler' } : { userId: user.id, assetId: video, seconds: 1 },
      );
      if (kind === 'marker') await prisma().marker.createMany({ data: rows as { userId: string; assetId: string; seconds: number }[] });
      if (kind === 'finishPoint') await prisma().finishPoint.createMany({ data: rows as { userId: string; assetId: string; seconds: number }[] });
      if (kind === 'comment') await prisma().comment.createMany({ data: rows as { userId: string; assetId: string; body: string }[] });

      const { route, path, body } = ROUTES[kind];
      const send = (as = cookie) => route(request(`/api/assets/${video}/${path}`, { method: 'POST', cookie: as, json: body }), params({ id: video }));
      const answers = await Promise.all(Array.from({ length: 30 }, () => send()));
      const statuses = answers.map((a) => a.status).sort();
      expect(statuses.filter((s) => s === 201)).toHaveLength(1);
      expect(statuses.filter((s) => s === 409)).toHaveLength(29);
      const refused = await answers.find((a) => a.status === 409)!.json();
      expect(refused.error).toMatchObject({ code: 'limit_reached', details: { kind, limit } });
      expect(refused.error.message).toContain(String(limit));
      expect(await ROUTES[kind].count({ userId: user.id, assetId: video })).toBe(limit);
      // The cap is per person: a household member who sees the video still adds theirs.
      expect((await send((await signIn(member.id)).cookie)).status).toBe(201);
    });
  }
});
