// The server side of /performers, /studios and /tags: the first screen from lib/organise, then
// the client catalogue. An address the API would refuse goes back to the plain list.
import { redirect } from 'next/navigation';
import { TopBar } from '@/components/TopBar';
import { requirePageUser } from '@/lib/auth/page-user';
import { listEntities } from '@/lib/organise/list-entities';
import { entityListQuerySchema, type EntityKind } from '@/lib/organise/organise.schemas';
import { EntityCatalogue, hrefOf } from './EntityCatalogue';
import { SEGMENT_OF } from './entity-words';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function EntityListPage({ kind, searchParams }: { kind: EntityKind; searchParams: SearchParams }) {
  const user = await requirePageUser();
  const raw = await searchParams;
  const parsed = entityListQuerySchema.safeParse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  if (!parsed.success) redirect(`/${SEGMENT_OF[kind]}`);
  const page = await listEntities(user, kind, parsed.data);
  const lastPage = Math.max(1, Math.ceil(page.total / page.pageSize));
  if (parsed.data.page > lastPage) redirect(hrefOf(kind, { ...parsed.data, page: lastPage }));
  return (
    <>
      <TopBar user={user} />
      <main>
        <EntityCatalogue kind={kind} address={parsed.data} page={page} />
      </main>
    </>
  );
}
