// The overview's slow half (users, libraries, derived storage, growth charts): an async server
// component the page streams in under a Suspense boundary, so the queue and workers show at
// once even when these sums take a second on a million assets.
import { FolderOpen, HardDrive, TrendingUp, Users } from 'lucide-react';
import { getStorageOverview } from '@/lib/admin/get-admin-overview';
import { AssetsPerMonthChart } from './AssetsPerMonthChart';
import { DerivedStorageList } from './DerivedStorageList';
import { LibraryOverviewTable } from './LibraryOverviewTable';
import { SectionCard } from './SectionCard';
import { StoragePerMonthChart } from './StoragePerMonthChart';
import { UsersSummary } from './UsersSummary';

export async function StorageSections() {
  const { users, libraries, derivedByKind, growth } = await getStorageOverview();
  return (
    <>
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
    </>
  );
}
