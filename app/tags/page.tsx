// /tags: the user's tags (and those on videos shared with them) as cards, searchable and sorted.
import { EntityListPage } from '@/components/organise/EntityListPage';

export const dynamic = 'force-dynamic';

export default function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return <EntityListPage kind="tag" searchParams={searchParams} />;
}
