'use client';
import Link from 'next/link';
import { useState } from 'react';
import { ApiError, apiFetch } from '@/lib/client/api';
import { Field, SubmitButton } from './AuthCard';

/** Step 1: ask for a link. The answer is the same whether or not the address has an account. */
export function ForgotPasswordForm() {
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (message) return <p role="status" className="text-sm text-neutral-300">{message}</p>;
  return (
    <form
      onSubmit={async (event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        setBusy(true);
        try {
          const res = await apiFetch<{ message: string }>('/api/auth/forgot-password', { method: 'POST', json: { email: String(form.get('email')) } });
          setMessage(res.message);
        } catch (e) {
          setMessage(e instanceof ApiError ? e.message : 'Something went wrong.');
        }
      }}
    >
      <Field label="Email" name="email" type="email" autoComplete="username" />
      <SubmitButton busy={busy}>{busy ? 'Sending…' : 'Send me a link'}</SubmitButton>
    </form>
  );
}

/** Step 2: the link's page. Only this form's POST uses the token; opening the page does not. */
export function ResetPasswordForm({ token }: { token: string }) {
  const [done, setDone] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (done) {
    return (
      <p role="status" className="text-sm text-neutral-300">
        Your password is changed and every session was signed out.{' '}
        <Link href="/login" className="text-sky-400 underline">
          Sign in
        </Link>
      </p>
    );
  }
  return (
    <form
      onSubmit={async (event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        setBusy(true);
        setError(null);
        try {
          await apiFetch('/api/auth/reset-password', { method: 'POST', json: { token, password: String(form.get('password')) } });
          setDone(true);
        } catch (e) {
          setError(e instanceof ApiError ? (e.fieldErrors.password?.[0] ?? e.message) : 'Something went wrong.');
          setBusy(false);
        }
      }}
    >
      <Field label="New password" name="password" type="password" autoComplete="new-password" />
      {error && <p role="alert" className="mb-4 text-sm text-red-400">{error}</p>}
      <SubmitButton busy={busy}>{busy ? 'Saving…' : 'Set new password'}</SubmitButton>
    </form>
  );
}
