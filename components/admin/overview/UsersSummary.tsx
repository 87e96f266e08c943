// Who can sign in: accounts, administrators, disabled accounts, invitations still open.
import type { AdminOverview } from '@/lib/admin/overview.schemas';
import { formatCount } from './overview-format';

export function UsersSummary({ users }: { users: AdminOverview['users'] }) {
  const rows: [string, number][] = [
    ['Accounts', users.total],
    ['Administrators', users.admins],
    ['Disabled', users.disabled],
    ['Pending invites', users.pendingInvites],
  ];
  return (
    <dl className="grid grid-cols-2 gap-2 text-sm" data-testid="overview-users">
      {rows.map(([label, value]) => (
        <div key={label} className="rounded-md bg-neutral-900 p-2">
          <dt className="text-neutral-300">{label}</dt>
          <dd className="text-lg font-semibold tabular-nums">{formatCount(value)}</dd>
        </div>
      ))}
    </dl>
  );
}
