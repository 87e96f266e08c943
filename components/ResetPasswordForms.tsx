'use client';
import { useMutation } from '@tanstack/react-query';
import Link from 'next/link';
import { fieldErrorsOf } from '@/lib/client/api';
import { askForPasswordReset, resetPassword } from '@/lib/client/auth-api';
import { Field, SubmitButton } from './AuthCard';

/** Step 1: ask for a link. The answer is the same whether or not the address has an account. */
export function ForgotPasswordForm({ mailEnabled }: { mailEnabled: boolean }) {
  const ask = useMutation({ mutationFn: askForPasswordReset });
  if (ask.data) return <p role="status" className="text-sm text-neutral-300">{ask.data.message}</p>;
  const emailError = fieldErrorsOf(ask.error).email?.[0];
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        ask.mutate({ email: String(new FormData(event.currentTarget).get('email') ?? '') });
      }}
    >
      <Field label="Email" name="email" type="email" autoComplete="username" error={emailError} />
      {ask.error && !emailError && <p role="alert" className="mb-4 text-sm text-red-400">{ask.error.message}</p>}
      <SubmitButton busy={ask.isPending}>{ask.isPending ? 'Sending…' : mailEnabled ? 'Send me a link' : 'Ask an administrator'}</SubmitButton>
    </form>
  );
}

/** Step 2: the link's page. Only this form's POST uses the token; opening the page does not. */
export function ResetPasswordForm({ token }: { token: string }) {
  const reset = useMutation({ mutationFn: resetPassword });
  if (reset.isSuccess) {
    return (
      <p role="status" className="text-sm text-neutral-300">
        Your password is changed, every session was signed out and your API keys were revoked.{' '}
        <Link href="/login" className="text-sky-400 underline">
          Sign in
        </Link>
      </p>
    );
  }
  const message = reset.error && (fieldErrorsOf(reset.error).password?.[0] ?? reset.error.message);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        reset.mutate({ token, password: String(new FormData(event.currentTarget).get('password') ?? '') });
      }}
    >
      <Field label="New password" name="password" type="password" autoComplete="new-password" />
      {message && <p role="alert" className="mb-4 text-sm text-red-400">{message}</p>}
      <SubmitButton busy={reset.isPending}>{reset.isPending ? 'Saving…' : 'Set new password'}</SubmitButton>
    </form>
  );
}
