import { redirect } from 'next/navigation';
import { AuthCard } from '@/components/AuthCard';
import { LoginBackdrop } from '@/components/LoginBackdrop';
import { LoginForm } from '@/components/LoginForm';
import { isSetUp } from '@/lib/auth/is-set-up';
import { getPageUser } from '@/lib/auth/page-user';

export const dynamic = 'force-dynamic';

export default async function LoginPage() {
  if (await getPageUser()) redirect('/');
  if (!(await isSetUp())) redirect('/setup');
  return (
    <>
      <LoginBackdrop />
      <AuthCard title="Sign in" subtitle="Welcome back to Shoebox.">
        <LoginForm />
      </AuthCard>
    </>
  );
}
