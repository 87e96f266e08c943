// Trash: restore, or empty it (Shoebox forgets the files; the originals stay on disk).
import { TimelinePage } from '@/components/timeline/TimelinePage';

export const dynamic = 'force-dynamic';

export default function TrashPage() {
  return <TimelinePage view="trash" />;
}
