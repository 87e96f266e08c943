// /performers/:id: one of the performers — header, editing for its owner, and its videos.
import { EntityDetailPage } from '@/components/organise/EntityDetailPage';

export const dynamic = 'force-dynamic';

export default function Page({ params }: { params: Promise<{ id: string }> }) {
  return <EntityDetailPage kind="person" params={params} />;
}
