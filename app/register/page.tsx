import Link from 'next/link';
import { AuthCard } from '@/components/AuthCard';
import { RegisterForm } from '@/components/RegisterForm';
import { checkInvite } from '@/lib/users/check-invite';

export const dynamic = 'force-dynamic';

// Invite-only: without a valid invite there is no form (and the API refuses anyway).
export default async function RegisterPage({ searchParams }: { searchParams: Promise<{ invite?: string }> }) {
  const { invite } = await searchParams;
  const usable = invite ? await checkInvite(invite) : null;
  if (!invite || !usable) {
    return (
      <AuthCard title="Invitation needed" subtitle="Shoebox accounts are created by invitation.">
        <p className="text-sm text-neutral-300">
          This invitation link is not valid: it was used, revoked or has expired. Ask your administrator for a new one, or{' '}
          <Link href="/login" className="text-sky-400 underline">
            sign in
          </Link>
          .
        </p>
      </AuthCard>
    );
  }
  return (
    <AuthCard title="Create your account" subtitle="You were invited to this Shoebox.">
      <RegisterForm invite={invite} boundEmail={usable.email} />
    </AuthCard>
  );
}
