'use client';
import { useMutation } from '@tanstack/react-query';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { ApiError } from '@/lib/client/api';
import { logIn } from '@/lib/client/auth-api';
import { Field, SubmitButton } from './AuthCard';

// Signs in through POST /api/auth/login, which applies the rate limits and answers 429 with
// a message we show as is.
export function LoginForm() {
  const router = useRouter();
  const login = useMutation({
    mutationFn: logIn,
    onSuccess: () => {
      router.replace('/');
      router.refresh();
    },
  });
  // On success the form stays busy: the timeline is on its way.
  const busy = login.isPending || login.isSuccess;
  const error = login.error;
  // A malformed address is a 422 with field details; to the person it is the same mistake.
  const message = error && (error instanceof ApiError && error.status === 422 ? 'Wrong email or password.' : error.message);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        login.mutate({ email: String(form.get('email') ?? ''), password: String(form.get('password') ?? '') });
      }}
    >
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
