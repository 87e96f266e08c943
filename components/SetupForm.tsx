'use client';
import { useMutation } from '@tanstack/react-query';
import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { ApiError, apiFetch } from '@/lib/client/api';
import { Field, SubmitButton } from './AuthCard';

interface SetupValues {
  name: string;
  email: string;
  password: string;
}

export function SetupForm() {
  const router = useRouter();
  const setup = useMutation({
    mutationFn: async (values: SetupValues) => {
      await apiFetch('/api/setup', { method: 'POST', json: values });
      const result = await signIn('credentials', { email: values.email, password: values.password, redirect: false });
      if (!result?.ok) throw new Error('The account was created, but signing in failed. Try the login page.');
    },
    onSuccess: () => {
      router.replace('/admin/libraries');
      router.refresh();
    },
  });
  const fieldErrors = setup.error instanceof ApiError ? setup.error.fieldErrors : {};
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
      <SubmitButton busy={setup.isPending}>{setup.isPending ? 'Creating…' : 'Create administrator'}</SubmitButton>
    </form>
  );
}
