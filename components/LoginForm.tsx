'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { ApiError, apiFetch } from '@/lib/client/api';
import { Field, SubmitButton } from './AuthCard';

// Signs in through POST /api/auth/login, which applies the rate limits and answers 429 with
// a message we show as is.
export function LoginForm() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <form
      onSubmit={async (event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        setBusy(true);
        setError(null);
        try {
          await apiFetch('/api/auth/login', { method: 'POST', json: { email: String(form.get('email')), password: String(form.get('password')) } });
          router.replace('/');
          router.refresh();
        } catch (e) {
          setError(e instanceof ApiError && e.status !== 422 ? e.message : 'Wrong email or password.');
          setBusy(false);
        }
      }}
    >
      <Field label="Email" name="email" type="email" autoComplete="username" />
      <Field label="Password" name="password" type="password" autoComplete="current-password" />
      {error && <p role="alert" className="mb-4 text-sm text-red-400">{error}</p>}
      <SubmitButton busy={busy}>{busy ? 'Signing in…' : 'Sign in'}</SubmitButton>
      <p className="mt-4 text-center text-sm">
        <Link href="/reset-password" className="text-sky-400 hover:underline">
          Forgot your password?
        </Link>
      </p>
    </form>
  );
}
