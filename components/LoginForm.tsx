'use client';
import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Field, SubmitButton } from './AuthCard';

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
        const result = await signIn('credentials', {
          email: String(form.get('email')),
          password: String(form.get('password')),
          redirect: false,
        });
        setBusy(false);
        if (result?.ok) {
          router.replace('/');
          router.refresh();
        } else {
          setError('Wrong email or password.');
        }
      }}
    >
      <Field label="Email" name="email" type="email" autoComplete="username" />
      <Field label="Password" name="password" type="password" autoComplete="current-password" />
      {error && <p role="alert" className="mb-4 text-sm text-red-400">{error}</p>}
      <SubmitButton busy={busy}>{busy ? 'Signing in…' : 'Sign in'}</SubmitButton>
    </form>
  );
}
