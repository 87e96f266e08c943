// Naming people from /people under parallel requests: unnamed people (faces:cluster's, name '')
// are many per owner, but a name is unique per owner whatever its case. Twenty tabs giving
// twenty unnamed people the same name at once: exactly one gets it, the others a 409 that
// names the holder (the page offers a merge), never a 500 and never two "Grandma"s.
import { describe, expect, it } from 'vitest';
import { PATCH as patchPersonRoute } from '@/app/api/people/[id]/route';
import { prisma } from '@/lib/server/db';
import { createUser, params, request, signIn } from '../support/factories';

describe('naming people in parallel', () => {
  it('gives one of twenty unnamed people the name and answers 409 to the other nineteen', async () => {
    const owner = await createUser();
    const { cookie } = await signIn(owner.id);
    const unnamed = await Promise.all(Array.from({ length: 20 }, () => prisma().person.create({ data: { ownerId: owner.id, name: '' } })));

    const answers = await Promise.all(
      unnamed.map((p, i) =>
        patchPersonRoute(request(`/api/people/${p.id}`, { method: 'PATCH', cookie, json: { name: i % 2 ? 'Grandma' : 'grandma' } }), params({ id: p.id })),
      ),
    );

    expect(answers.map((r) => r.status).sort()).toEqual([200, ...Array(19).fill(409)]);
    const named = await prisma().person.findMany({ where: { ownerId: owner.id, name: { not: '' } } });
    expect(named).toHaveLength(1);
    expect(named[0].name.toLowerCase()).toBe('grandma');
    expect(await prisma().person.count({ where: { ownerId: owner.id, name: '' } })).toBe(19);
    const refused = await answers.find((r) => r.status === 409)!.json();
    expect(refused.error.code).toBe('conflict');
    expect(refused.error.details.existing.id).toBe(named[0].id);
  });
});
