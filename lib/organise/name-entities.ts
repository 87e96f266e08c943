// Names of performers, studios and tags by id, for a search the address describes (a shared or
// bookmarked /videos link shows its filter chips by name). Ids the user may not read are left
// out, so a link never tells them another person's names.
import type { Actor } from '@/lib/access/access.schemas';
import { selectReadableEntityNames } from './organise.queries';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function nameEntities(user: Actor, ids: readonly string[]): Promise<Record<string, string>> {
  const wanted = [...new Set(ids.filter((id) => UUID.test(id)).map((id) => id.toLowerCase()))].slice(0, 500);
  return Object.fromEntries((await selectReadableEntityNames(user.id, wanted)).map((r) => [r.id, r.name]));
}
