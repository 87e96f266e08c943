import { AuthCard } from '@/components/AuthCard';
import { ForgotPasswordForm, ResetPasswordForm } from '@/components/ResetPasswordForms';

export const dynamic = 'force-dynamic';

// With ?token= this shows the new-password form; the token is used only by its POST, so mail
// scanners that open the link do not burn it.
export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  if (token) {
    return (
      <AuthCard title="Choose a new password" subtitle="All your sessions will be signed out.">
        <ResetPasswordForm token={token} />
      </AuthCard>
    );
  }
  return (
    <AuthCard title="Forgot your password?" subtitle="We will email you a link to choose a new one.">
      <ForgotPasswordForm />
    </AuthCard>
  );
}
