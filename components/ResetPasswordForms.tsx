'use client';
import Link from 'next/link';
import { useState } from 'react';
import { apiFetch } from '@/lib/client/api';
import { Field, SubmitButton } from './AuthCard';
import { field, useApiForm } from './use-api-form';

/** Step 1: ask for a link. The answer is the same whether or not the address has an account. */
export function ForgotPasswordForm({ mailEnabled }: { mailEnabled: boolean }) {
  const [message, setMessage] = useState<string | null>(null);
  const { busy, error, onSubmit } = useApiForm(async (form) => {
    const res = await apiFetch<{ message: string }>('/api/auth/forgot-password', { method: 'POST', json: { email: field(form, 'email') } });
    setMessage(res.message);
  });
  if (message) return <p role="status" className="text-sm text-neutral-300">{message}</p>;
  return (
    <form onSubmit={onSubmit}>
      <Field label="Email" name="email" type="email" autoComplete="username" error={error?.fieldErrors.email?.[0]} />
      {error && !error.fieldErrors.email && <p role="alert" className="mb-4 text-sm text-red-400">{error.message}</p>}
      <SubmitButton busy={busy}>{busy ? 'Sending…' : mailEnabled ? 'Send me a link' : 'Ask an administrator'}</SubmitButton>
    </form>
  );
}

/** Step 2: the link's page. Only this form's POST uses the token; opening the page does not. */
export function ResetPasswordForm({ token }: { token: string }) {
  const [done, setDone] = useState(false);
  const { busy, error, onSubmit } = useApiForm(async (form) => {
    await apiFetch('/api/auth/reset-password', { method: 'POST', json: { token, password: field(form, 'password') } });
    setDone(true);
  });
  if (done) {
    return (
      <p role="status" className="text-sm text-neutral-300">
        Your password is changed, every session was signed out and your API keys were revoked.{' '}
        <Link href="/login" className="text-sky-400 underline">
          Sign in
        </Link>
      </p>
    );
  }
  const message = error && (error.fieldErrors.password?.[0] ?? error.message);
  return (
    <form onSubmit={onSubmit}>
      <Field label="New password" name="password" type="password" autoComplete="new-password" />
      {message && <p role="alert" className="mb-4 text-sm text-red-400">{message}</p>}
      <SubmitButton busy={busy}>{busy ? 'Saving…' : 'Set new password'}</SubmitButton>
    </form>
  );
}
