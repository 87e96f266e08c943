'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { apiFetch } from '@/lib/client/api';
import { Field, SubmitButton } from './AuthCard';
import { field, useApiForm } from './use-api-form';

// Signs in through POST /api/auth/login, which applies the rate limits and answers 429 with
// a message we show as is.
export function LoginForm() {
  const router = useRouter();
  const { busy, error, onSubmit } = useApiForm(async (form) => {
    await apiFetch('/api/auth/login', { method: 'POST', json: { email: field(form, 'email'), password: field(form, 'password') } });
    router.replace('/');
    router.refresh();
  });
  // A malformed address is a 422 with field details; to the person it is the same mistake.
  const message = error && (error.status !== 422 ? error.message : 'Wrong email or password.');
  return (
    <form onSubmit={onSubmit}>
      <Field label="Email" name="email" type="email" autoComplete="username" />
      <Field label="Password" name="password" type="password" autoComplete="current-password" />
      {message && <p role="alert" className="mb-4 text-sm text-red-400">{message}</p>}
      <SubmitButton busy={busy}>{busy ? 'Signing in…' : 'Sign in'}</SubmitButton>
      <p className="mt-4 text-center text-sm">
        <Link href="/reset-password" className="text-sky-400 hover:underline">
          Forgot your password?
        </Link>
      </p>
    </form>
  );
}
