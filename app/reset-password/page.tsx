import { AuthCard } from '@/components/AuthCard';
import { ForgotPasswordForm, ResetPasswordForm } from '@/components/ResetPasswordForms';
import { mailEnabled } from '@/lib/mail/mail-config';

export const dynamic = 'force-dynamic';

// With ?token= this shows the new-password form; the token is used only by its POST, so mail
// scanners that open the link do not burn it.
export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  if (token) {
    return (
      <AuthCard title="Choose a new password" subtitle="All your sessions will be signed out and your API keys revoked.">
        <ResetPasswordForm token={token} />
      </AuthCard>
    );
  }
  // With mail off no email will ever come: the request goes to the administrators instead.
  const mail = mailEnabled();
  const subtitle = mail
    ? 'We will email you a link to choose a new one.'
    : 'This Shoebox sends no email: an administrator gives you a link to choose a new password. Tell them, or leave your address here and they will see your request.';
  return (
    <AuthCard title="Forgot your password?" subtitle={subtitle}>
      <ForgotPasswordForm mailEnabled={mail} />
    </AuthCard>
  );
}
