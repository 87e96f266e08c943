import { redirect } from 'next/navigation';
import { AuthCard } from '@/components/AuthCard';
import { SetupForm } from '@/components/SetupForm';
import { isSetUp } from '@/lib/auth/is-set-up';

export const dynamic = 'force-dynamic';

// Exists only while there is no user at all.
export default async function SetupPage() {
  if (await isSetUp()) redirect('/login');
  return (
    <AuthCard title="Set up Shoebox" subtitle="Create the administrator account. You can invite your household later.">
      <SetupForm />
    </AuthCard>
  );
}
