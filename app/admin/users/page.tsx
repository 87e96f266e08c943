import { InviteForm } from '@/components/admin/InviteForm';
import { PendingInviteList } from '@/components/admin/PendingInviteList';
import { UploadLimits } from '@/components/admin/UploadLimits';
import { UserTable } from '@/components/admin/UserTable';
import { AdminSectionNav } from '@/components/admin/AdminSectionNav';
import { TopBar } from '@/components/TopBar';
import { requirePageAdmin } from '@/lib/auth/page-user';
import { mailEnabled } from '@/lib/mail/mail-config';
import { listInvites } from '@/lib/users/list-invites';
import { listUsersForAdmin } from '@/lib/users/list-users-for-admin';
import { getUploadLimits } from '@/lib/uploads/upload-limits';

export const dynamic = 'force-dynamic';

export default async function AdminUsersPage() {
  const admin = await requirePageAdmin();
  const [users, invites, uploadLimits] = await Promise.all([listUsersForAdmin(), listInvites(), getUploadLimits()]);
  return (
    <>
      <TopBar user={admin} />
      <main className="mx-auto grid max-w-5xl gap-8 p-4">
        <AdminSectionNav current="/admin/users" />
        <section>
          <h1 className="mb-3 text-xl font-semibold">Users</h1>
          <UserTable users={users.map((u) => ({ ...u, disabledAt: u.disabledAt?.toISOString() ?? null, resetRequestedAt: u.resetRequestedAt?.toISOString() ?? null }))} meId={admin.id} />
        </section>
        <section>
          <h2 className="mb-3 text-lg font-semibold">Upload limits</h2>
          <UploadLimits initial={uploadLimits} />
        </section>
        <section>
          <h2 className="mb-3 text-lg font-semibold">Invite someone</h2>
          <InviteForm mailEnabled={mailEnabled()} />
          <PendingInviteList invites={invites.map((i) => ({ id: i.id, email: i.email, role: i.role, expiresAt: i.expiresAt.toISOString() }))} />
        </section>
      </main>
    </>
  );
}
