// /videos/dashboard – counts, totals, most watched / liked / recently added and this user's
// watch time per week (components/catalogue/Dashboard.tsx, from GET /api/videos/dashboard).
import Link from 'next/link';
import { Dashboard } from '@/components/catalogue/Dashboard';
import { TopBar } from '@/components/TopBar';
import { requirePageUser } from '@/lib/auth/page-user';

export const dynamic = 'force-dynamic';

export default async function DashboardPage() {
  const user = await requirePageUser();
  return (
    <>
      <TopBar user={user} />
      <main className="mx-auto max-w-[120rem] px-4 pt-4 pb-12 sm:px-6">
        <div className="mb-4 flex items-center gap-4">
          <h1 className="text-xl font-semibold">Video dashboard</h1>
          <Link href="/videos" className="text-sm text-sky-300 hover:underline">
            All videos
          </Link>
        </div>
        <Dashboard />
      </main>
    </>
  );
}
