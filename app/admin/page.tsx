// /admin – the administrator's overview: the job queue and workers (refreshed live) and ingest
// throughput first, then users, libraries with counts and sizes, derived storage per kind and
// growth charts, streamed in as their sums finish; each part links to the page with the
// details. Non-admins are sent home, as on every admin page.
import { Suspense } from 'react';
import { AdminSectionNav } from '@/components/admin/AdminSectionNav';
import { LiveOverviewPanel } from '@/components/admin/overview/LiveOverviewPanel';
import { StorageSections } from '@/components/admin/overview/StorageSections';
import { TopBar } from '@/components/TopBar';
import { getLiveOverview } from '@/lib/admin/get-admin-overview';
import { requirePageAdmin } from '@/lib/auth/page-user';

export const dynamic = 'force-dynamic';

export default async function AdminOverviewPage() {
  const admin = await requirePageAdmin();
  const live = await getLiveOverview();
  return (
    <>
      <TopBar user={admin} />
      <main className="mx-auto grid max-w-6xl gap-6 p-4">
        <AdminSectionNav current="/admin" />
        <h1 className="text-xl font-semibold">Overview</h1>
        <section aria-labelledby="activity-heading" className="grid gap-3">
          <h2 id="activity-heading" className="text-lg font-semibold">
            Activity <span className="text-sm font-normal text-neutral-300">(refreshed every 10 seconds)</span>
          </h2>
          <LiveOverviewPanel initial={live} />
        </section>
        <Suspense fallback={<p className="text-sm text-neutral-300">Adding up libraries and storage…</p>}>
          <StorageSections />
        </Suspense>
      </main>
    </>
  );
}
