// lib/access in bulk, against the real database: all or nothing, and one answer (not found) for
// an id that is missing and one that belongs to someone else.
import { describe, expect, it } from 'vitest';
import { requireAccess } from '@/lib/access/require-access';
import { AppError } from '@/lib/server/errors';
import { createAsset, createLibraryRow, libraryOwner } from '../support/asset-factory';
import { createUser, signIn } from '../support/factories';

const MISSING = '00000000-0000-4000-8000-000000000000';

async function notFoundOf(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).code;
}

async function twoUsersWithPhotos() {
  const a = await createUser();
  const b = await createUser();
  const aOwner = await libraryOwner(a.id);
  const bOwner = await libraryOwner(b.id);
  const aIds = await Promise.all([1, 2, 3].map((d) => createAsset(aOwner, { local: `2024-05-0${d} 10:00:00` })));
  const bId = await createAsset(bOwner, { local: '2024-05-04 10:00:00' });
  return { a: { id: a.id, role: 'user' as const }, b: { id: b.id, role: 'user' as const }, aIds, bId, aLibrary: aOwner.libraryId };
}

describe('requireAccess', () => {
  it('lets an owner act on all of their assets at once and returns them', async () => {
    const { a, aIds } = await twoUsersWithPhotos();
    for (const permission of ['asset.read', 'asset.update', 'asset.download'] as const) {
      const allowed = await requireAccess(a, permission, [...aIds, aIds[0]]);
      expect([...allowed].sort()).toEqual([...aIds].sort());
    }
  });

  it('answers not found for a mix of owned and foreign ids, and for a mix with a missing id', async () => {
    const { a, aIds, bId } = await twoUsersWithPhotos();
    expect(await notFoundOf(requireAccess(a, 'asset.update', [...aIds, bId]))).toBe('not_found');
    expect(await notFoundOf(requireAccess(a, 'asset.read', [...aIds, MISSING]))).toBe('not_found');
    expect(await notFoundOf(requireAccess(a, 'asset.download', [bId]))).toBe('not_found');
  });

  it('gives the same error for a foreign id as for a missing one', async () => {
    const { a, bId } = await twoUsersWithPhotos();
    const foreign = await requireAccess(a, 'asset.read', [bId]).catch((e: AppError) => ({ code: e.code, message: e.message }));
    const missing = await requireAccess(a, 'asset.read', [MISSING]).catch((e: AppError) => ({ code: e.code, message: e.message }));
    expect(foreign).toEqual(missing);
  });

  it('treats a malformed id and an empty list as not found, not as a server error', async () => {
    const { a } = await twoUsersWithPhotos();
    expect(await notFoundOf(requireAccess(a, 'asset.read', ['not-a-uuid']))).toBe('not_found');
    expect(await notFoundOf(requireAccess(a, 'asset.read', []))).toBe('not_found');
  });

  it("lets an owner and an admin act on a library, and answers not found to anyone else's", async () => {
    const { a, b, aLibrary } = await twoUsersWithPhotos();
    const other = await createLibraryRow(b.id);
    expect([...(await requireAccess(a, 'library.update', [aLibrary]))]).toEqual([aLibrary]);
    expect(await notFoundOf(requireAccess(a, 'library.read', [aLibrary, other.id]))).toBe('not_found');
    expect(await notFoundOf(requireAccess(b, 'library.update', [aLibrary]))).toBe('not_found');
    const admin = await createUser({ role: 'admin' });
    const both = await requireAccess({ id: admin.id, role: 'admin' }, 'library.update', [aLibrary, other.id]);
    expect([...both].sort()).toEqual([aLibrary, other.id].sort());
    expect(await notFoundOf(requireAccess({ id: admin.id, role: 'admin' }, 'library.update', [aLibrary, MISSING]))).toBe('not_found');
  });

  it("lets a user end their own sessions only: another user's session is not found, like a missing one", async () => {
    const a = await createUser();
    const b = await createUser();
    const mine = await signIn(a.id);
    const theirs = await signIn(b.id);
    const actor = { id: a.id, role: 'user' as const };
    expect([...(await requireAccess(actor, 'session.revoke', [mine.sessionId]))]).toEqual([mine.sessionId]);
    const foreign = await requireAccess(actor, 'session.revoke', [theirs.sessionId]).catch((e: AppError) => e.message);
    const missing = await requireAccess(actor, 'session.revoke', [MISSING]).catch((e: AppError) => e.message);
    expect(foreign).toBe('No such session.');
    expect(missing).toBe(foreign);
  });

  it('lets only an admin manage accounts, and an admin only existing ones', async () => {
    const admin = await createUser({ role: 'admin' });
    const user = await createUser();
    const other = await createUser();
    const asAdmin = { id: admin.id, role: 'admin' as const };
    expect([...(await requireAccess(asAdmin, 'user.manage', [user.id, other.id]))].sort()).toEqual([user.id, other.id].sort());
    expect(await notFoundOf(requireAccess(asAdmin, 'user.manage', [user.id, MISSING]))).toBe('not_found');
    expect(await notFoundOf(requireAccess({ id: user.id, role: 'user' }, 'user.manage', [other.id]))).toBe('not_found');
    expect(await notFoundOf(requireAccess({ id: user.id, role: 'user' }, 'user.manage', [user.id]))).toBe('not_found');
  });
});
