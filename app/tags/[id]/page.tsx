// /tags/:id: one of the tags — header, editing for its owner, and its videos.
import { EntityDetailPage } from '@/components/organise/EntityDetailPage';

export const dynamic = 'force-dynamic';

export default function Page({ params }: { params: Promise<{ id: string }> }) {
  return <EntityDetailPage kind="tag" params={params} />;
}
