import { AddLibraryForm } from '@/components/admin/AddLibraryForm';
import { AssetProblemList } from '@/components/admin/AssetProblemList';
import { LibraryList } from '@/components/admin/LibraryList';
import { AdminSectionNav } from '@/components/admin/AdminSectionNav';
import { TopBar } from '@/components/TopBar';
import { listUsersBrief } from '@/lib/admin/list-users-brief';
import { requirePageAdmin } from '@/lib/auth/page-user';
import { listAssetProblems } from '@/lib/libraries/list-asset-problems';
import { listLibraries } from '@/lib/libraries/list-libraries';

export const dynamic = 'force-dynamic';

export default async function AdminLibrariesPage() {
  const admin = await requirePageAdmin();
  const [libraries, owners, failures, offline] = await Promise.all([
    listLibraries(),
    listUsersBrief(),
    listAssetProblems('failed'),
    listAssetProblems('offline'),
  ]);
  const libraryNames = Object.fromEntries(libraries.map((l) => [l.id, l.name]));
  return (
    <>
      <TopBar user={admin} />
      <main className="mx-auto grid max-w-5xl gap-8 p-4">
        <AdminSectionNav current="/admin/libraries" />
        <section>
          <h1 className="mb-3 text-xl font-semibold">Libraries</h1>
          <p className="mb-4 text-sm text-neutral-400">
            A library is a folder on this server. Shoebox only reads it: originals are never changed, moved or deleted.
          </p>
          <AddLibraryForm owners={owners} defaultOwnerId={admin.id} />
        </section>
        <section>
          <LibraryList libraries={libraries} people={owners.map(({ id, name }) => ({ id, name }))} />
        </section>
        <section>
          <h2 className="mb-3 text-lg font-semibold">Files that could not be read</h2>
          <AssetProblemList failures={failures} libraryNames={libraryNames} viewerId={admin.id} />
        </section>
        <section>
          <h2 className="mb-3 text-lg font-semibold">Files no longer in their folder</h2>
          <AssetProblemList failures={offline} libraryNames={libraryNames} kind="offline" empty="Every file is where it was." viewerId={admin.id} />
        </section>
      </main>
    </>
  );
}
