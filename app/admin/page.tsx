// /admin – the administrator's overview: users, libraries with counts and sizes, derived
// storage per kind, the job queue and workers (refreshed live), ingest throughput and growth
// charts, each linking to the page with the details. Non-admins are sent home, as on every
// admin page.
import { FolderOpen, HardDrive, TrendingUp, Users } from 'lucide-react';
import { AssetsPerMonthChart } from '@/components/admin/overview/AssetsPerMonthChart';
import { DerivedStorageList } from '@/components/admin/overview/DerivedStorageList';
import { LibraryOverviewTable } from '@/components/admin/overview/LibraryOverviewTable';
import { LiveOverviewPanel } from '@/components/admin/overview/LiveOverviewPanel';
import { SectionCard } from '@/components/admin/overview/SectionCard';
import { StoragePerMonthChart } from '@/components/admin/overview/StoragePerMonthChart';
import { UsersSummary } from '@/components/admin/overview/UsersSummary';
import { AdminSectionNav } from '@/components/admin/AdminSectionNav';
import { TopBar } from '@/components/TopBar';
import { getAdminOverview } from '@/lib/admin/get-admin-overview';
import type { AdminOverview } from '@/lib/admin/overview.schemas';
import { requirePageAdmin } from '@/lib/auth/page-user';

export const dynamic = 'force-dynamic';

export default async function AdminOverviewPage() {
  const admin = await requirePageAdmin();
  const overview = (await getAdminOverview('all')) as AdminOverview;
  const { users, libraries, derivedByKind, growth, ...live } = overview;
  return (
    <>
      <TopBar user={admin} />
      <main className="mx-auto grid max-w-6xl gap-6 p-4">
        <AdminSectionNav current="/admin" />
        <h1 className="text-xl font-semibold">Overview</h1>
        <div className="grid gap-4 md:grid-cols-2">
          <SectionCard icon={Users} title="Users" link={{ href: '/admin/users', label: 'Manage users' }}>
            <UsersSummary users={users} />
          </SectionCard>
          <SectionCard icon={HardDrive} title="Derived storage" link={{ href: '/admin/jobs', label: 'Jobs' }}>
            <DerivedStorageList kinds={derivedByKind} />
          </SectionCard>
        </div>
        <SectionCard icon={FolderOpen} title="Libraries" link={{ href: '/admin/libraries', label: 'Manage libraries' }}>
          <LibraryOverviewTable libraries={libraries} />
        </SectionCard>
        <section aria-labelledby="activity-heading" className="grid gap-3">
          <h2 id="activity-heading" className="text-lg font-semibold">
            Activity <span className="text-sm font-normal text-neutral-300">(refreshed every 10 seconds)</span>
          </h2>
          <LiveOverviewPanel initial={live} />
        </section>
        <section aria-labelledby="growth-heading" className="grid gap-3">
          <h2 id="growth-heading" className="flex items-center gap-2 text-lg font-semibold">
            <TrendingUp aria-hidden size={20} className="text-neutral-400" />
            Growth
          </h2>
          <div className="grid gap-4 lg:grid-cols-2">
            <AssetsPerMonthChart growth={growth} />
            <StoragePerMonthChart growth={growth} />
          </div>
        </section>
      </main>
    </>
  );
}
