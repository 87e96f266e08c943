// The catalogue's cast filter reads a count of performer links kept by a trigger: it must follow
// every way links change — added one by one, in bulk, removed, merged into one performer (two
// links on one video become one) and deleted with their performer.
import { describe, expect, it } from 'vitest';
import { videoPage } from '../catalogue/helpers';
import { addVideo, bulkOrganise, household, made, merge, organise, remove } from './helpers';

describe('cast filter after every kind of link change', () => {
  it('solo, duo and group stay right through add, bulk, remove, merge and delete', async () => {
    const h = await household();
    const cast = async (c: string) => (await videoPage(h.owner.cookie, `?cast=${c}&sort=title`)).items.map((v) => v.id);
    const v = await addVideo(h.privateLib);
    const [ann, bob, cy] = [await made(h.owner.cookie, 'performers', { name: 'Ann' }), await made(h.owner.cookie, 'performers', { name: 'Bob' }), await made(h.owner.cookie, 'performers', { name: 'Cy' })];
    expect(await cast('solo')).toEqual([]);
    expect((await organise(h.owner.cookie, v, { addPerformerIds: [ann] })).status).toBe(200);
    expect(await cast('solo')).toEqual([v]);
    expect((await bulkOrganise(h.owner.cookie, { ids: [v], addPerformerIds: [bob, cy] })).status).toBe(200);
    expect([await cast('solo'), await cast('group')]).toEqual([[], [v]]);
    expect((await organise(h.owner.cookie, v, { removePerformerIds: [cy] })).status).toBe(200);
    expect(await cast('duo')).toEqual([v]);
    // Bob merged into Ann: the video has one performer left.
    expect((await merge(h.owner.cookie, 'performers', ann, [bob])).status).toBe(200);
    expect([await cast('duo'), await cast('solo')]).toEqual([[], [v]]);
    expect((await remove(h.owner.cookie, 'performers', ann)).status).toBe(204);
    expect(await cast('solo')).toEqual([]);
  });
});
