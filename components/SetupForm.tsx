'use client';
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { fieldErrorsOf } from '@/lib/client/api';
import { setUp } from '@/lib/client/auth-api';
import { Field, SubmitButton } from './AuthCard';

// POST /api/setup creates the administrator and signs this browser in, as a login would.
export function SetupForm() {
  const router = useRouter();
  const setup = useMutation({
    mutationFn: setUp,
    onSuccess: () => {
      router.replace('/admin/libraries');
      router.refresh();
    },
  });
  const fieldErrors = fieldErrorsOf(setup.error);
  // On success the form stays busy: the next page is on its way.
  const busy = setup.isPending || setup.isSuccess;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        setup.mutate({ name: String(form.get('name')), email: String(form.get('email')), password: String(form.get('password')) });
      }}
    >
      <Field label="Your name" name="name" autoComplete="name" error={fieldErrors.name?.[0]} />
      <Field label="Email" name="email" type="email" autoComplete="username" error={fieldErrors.email?.[0]} />
      <Field label="Password (at least 8 characters)" name="password" type="password" autoComplete="new-password" error={fieldErrors.password?.[0]} />
      {setup.error && <p role="alert" className="mb-4 text-sm text-red-400">{setup.error.message}</p>}
      <SubmitButton busy={busy}>{busy ? 'Creating…' : 'Create administrator'}</SubmitButton>
    </form>
  );
}
