// After the trash is emptied, a rescan of the library must not bring the files back, while a
// new file beside them is still found. (Runs the real scanner over a real folder.)
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { POST as bulkRoute } from '@/app/api/assets/bulk/route';
import { POST as emptyTrashRoute } from '@/app/api/trash/empty/route';
import { scanLibrary } from '@/lib/libraries/scan-library';
import { prisma } from '@/lib/server/db';
import { libraryOwner } from '../support/asset-factory';
import { createUser, request, signIn } from '../support/factories';

describe('rescan after emptying the trash', () => {
  it('skips the remembered paths and finds new files', async () => {
    const user = await createUser();
    const { cookie } = await signIn(user.id);
    const owner = await libraryOwner(user.id);
    writeFileSync(path.join(owner.rootPath, 'keep.jpg'), 'a');
    writeFileSync(path.join(owner.rootPath, 'drop.jpg'), 'b');
    await scanLibrary(owner.libraryId);
    const drop = await prisma().asset.findFirstOrThrow({ where: { relPath: 'drop.jpg' } });
    await bulkRoute(request('/api/assets/bulk', { method: 'POST', cookie, json: { ids: [drop.id], action: 'trash' } }));
    await emptyTrashRoute(request('/api/trash/empty', { method: 'POST', cookie }));

    writeFileSync(path.join(owner.rootPath, 'new.jpg'), 'c');
    await scanLibrary(owner.libraryId);
    const paths = (await prisma().asset.findMany({ where: { libraryId: owner.libraryId }, orderBy: { relPath: 'asc' } })).map((a) => a.relPath);
    expect(paths).toEqual(['keep.jpg', 'new.jpg']);
  });
});
