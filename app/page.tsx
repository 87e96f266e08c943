// The timeline: every photo and video of the signed-in user, newest first.
import { TimelinePage } from '@/components/timeline/TimelinePage';

export const dynamic = 'force-dynamic';

export default function HomePage() {
  return <TimelinePage view="timeline" />;
}
