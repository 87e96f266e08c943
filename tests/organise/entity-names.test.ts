// A shared or bookmarked /videos address names its filters' performers, studios and tags (the
// chips read them from the server, not only from what this browser picked): the names the
// user may read, and never another person's.
import { describe, expect, it } from 'vitest';
import { nameEntities } from '@/lib/organise/name-entities';
import { addVideo, household, made, organise } from './helpers';

describe('names of a search’s filter ids', () => {
  it('names the user’s own entities and those on videos they can read; drops others and junk', async () => {
    const h = await household();
    const ownTag = await made(h.owner.cookie, 'tags', { name: 'Harbour' });
    const sharedPerformer = await made(h.owner.cookie, 'performers', { name: 'Ann Lee' });
    const privateStudio = await made(h.owner.cookie, 'studios', { name: 'Private Films' });
    const strangersTag = await made(h.stranger.cookie, 'tags', { name: 'Secret' });
    const familyVideo = await addVideo(h.family);
    expect((await organise(h.owner.cookie, familyVideo, { addPerformerIds: [sharedPerformer] })).status).toBe(200);

    const ids = [ownTag, sharedPerformer, privateStudio, strangersTag, 'not-an-id', ownTag.toUpperCase()];
    expect(await nameEntities({ id: h.owner.id, role: 'user' }, ids)).toEqual({ [ownTag]: 'Harbour', [sharedPerformer]: 'Ann Lee', [privateStudio]: 'Private Films' });
    // The member reads the performer of a shared video, nothing else of the owner's.
    expect(await nameEntities({ id: h.member.id, role: 'user' }, ids)).toEqual({ [sharedPerformer]: 'Ann Lee' });
    expect(await nameEntities({ id: h.stranger.id, role: 'user' }, ids)).toEqual({ [strangersTag]: 'Secret' });
  });
});
