import { redirect } from 'next/navigation';
import { AuthCard } from '@/components/AuthCard';
import { LoginBackdrop } from '@/components/LoginBackdrop';
import { LoginForm } from '@/components/LoginForm';
import { countUsers } from '@/lib/auth/auth.queries';
import { getPageUser } from '@/lib/auth/page-user';

export const dynamic = 'force-dynamic';

export default async function LoginPage() {
  if (await getPageUser()) redirect('/');
  if ((await countUsers()) === 0) redirect('/setup');
  return (
    <>
      <LoginBackdrop />
      <AuthCard title="Sign in" subtitle="Welcome back to Shoebox.">
        <LoginForm />
      </AuthCard>
    </>
  );
}
