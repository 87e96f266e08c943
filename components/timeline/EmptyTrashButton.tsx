'use client';
// Empties the trash after a confirmation; originals on disk are never touched.
import { useEmptyTrash } from '@/lib/client/timeline-queries';

export function EmptyTrashButton() {
  const empty = useEmptyTrash();
  const onClick = () => {
    if (window.confirm('Delete everything in the trash from Shoebox? The original files stay where they are, and a rescan will not bring them back.')) {
      empty.mutate();
    }
  };
  return (
    <button type="button" onClick={onClick} disabled={empty.isPending} className="rounded bg-red-900 px-3 py-1 text-sm hover:bg-red-800 disabled:opacity-50">
      Empty trash
    </button>
  );
}
