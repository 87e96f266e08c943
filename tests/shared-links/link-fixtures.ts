// A user with real geotagged photos (corpus photos/exif-samples/jpg/gps, ingested by the real
// tasks: EXIF with GPS, thumbnails and previews), a place row for each, and helpers to call the
// shared-link routes as the owner and as a link holder without an account.
import { POST as createRoute } from '@/app/api/shared-links/route';
import { GET as contentRoute } from '@/app/api/s/[token]/route';
import { POST as unlockRoute } from '@/app/api/s/[token]/unlock/route';
import { GET as thumbnailRoute } from '@/app/api/s/[token]/assets/[id]/thumbnail/route';
import { GET as previewRoute } from '@/app/api/s/[token]/assets/[id]/preview/route';
import { GET as originalRoute } from '@/app/api/s/[token]/assets/[id]/original/route';
import { scanLibrary } from '@/lib/libraries/scan-library';
import { prisma } from '@/lib/server/db';
import { createUser, params, request, signIn } from '../support/factories';
import { copyCorpus, createLibraryRow } from '../support/library-folder';
import { runQueuedJobs } from '../support/run-jobs';

export async function ownerWithGpsPhotos() {
  const owner = await createUser();
  const { cookie } = await signIn(owner.id);
  const root = await copyCorpus('photos/exif-samples/jpg/gps');
  const library = await createLibraryRow(owner.id, root);
  await scanLibrary(library.id);
  await runQueuedJobs();
  const assets = await prisma().asset.findMany({
    where: { libraryId: library.id, ingestStatus: 'ready', exif: { latitude: { not: null } } },
    orderBy: { relPath: 'asc' },
    include: { exif: true },
  });
  // Ingest geocoded them already (lib/places); a known place with a region too, so a test can
  // tell every part of it is hidden or shown.
  for (const a of assets) {
    const place = { city: 'Placetown', region: 'Regionshire', countryCode: 'IT', country: 'Italy', geocodedAt: new Date() };
    await prisma().assetPlace.upsert({
      where: { assetId: a.id },
      create: { assetId: a.id, latitude: a.exif!.latitude!, longitude: a.exif!.longitude!, ...place },
      update: place,
    });
  }
  return { owner, cookie, library, assets };
}

export async function createLink(cookie: string, body: Record<string, unknown>) {
  const res = await createRoute(request('/api/shared-links', { method: 'POST', cookie, json: body }), params({}));
  return { res, body: res.status === 201 ? ((await res.json()) as { link: { id: string }; url: string; path: string }) : null };
}

export const tokenOf = (path: string) => path.split('/').pop()!;

const fromAddress = (ip: string) => ({ 'x-forwarded-for': ip });

export function getContent(token: string, init: { cookie?: string; ip?: string } = {}) {
  return contentRoute(request(`/api/s/${token}`, { cookie: init.cookie, headers: fromAddress(init.ip ?? '203.0.113.1') }), params({ token }));
}

export function unlock(token: string, password: string, ip = '203.0.113.1') {
  return unlockRoute(request(`/api/s/${token}/unlock`, { method: 'POST', json: { password }, headers: fromAddress(ip) }), params({ token }));
}

const MEDIA = { thumbnail: thumbnailRoute, preview: previewRoute, original: originalRoute };

export function getMedia(token: string, id: string, kind: keyof typeof MEDIA, init: { cookie?: string; ip?: string } = {}) {
  return MEDIA[kind](request(`/api/s/${token}/assets/${id}/${kind}`, { cookie: init.cookie, headers: fromAddress(init.ip ?? '203.0.113.1') }), params({ token, id }));
}

/** The unlock cookie as a browser sends it to /api/s/<token>. */
export function cookieFrom(res: Response, token: string): string {
  const forApi = res.headers.getSetCookie().find((c) => c.includes(`Path=/api/s/${token}`))!;
  return forApi.split(';')[0];
}
