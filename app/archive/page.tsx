// Archive: photos the user keeps but does not want in the timeline.
import { TimelinePage } from '@/components/timeline/TimelinePage';

export const dynamic = 'force-dynamic';

export default function ArchivePage() {
  return <TimelinePage view="archive" />;
}
