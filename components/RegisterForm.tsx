'use client';
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { fieldErrorsOf } from '@/lib/client/api';
import { registerWithInviteLink } from '@/lib/client/auth-api';
import { SubmitButton } from './AuthCard';

const input = 'w-full rounded-md border border-neutral-700 bg-neutral-950 px-3 py-2 outline-none focus:border-sky-500';

export function RegisterForm({ invite, boundEmail }: { invite: string; boundEmail: string | null }) {
  const router = useRouter();
  const register = useMutation({
    mutationFn: registerWithInviteLink,
    onSuccess: () => {
      router.replace('/');
      router.refresh();
    },
  });
  // On success the form stays busy: the timeline is on its way.
  const busy = register.isPending || register.isSuccess;
  const fieldErrors = fieldErrorsOf(register.error);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        const value = (name: string) => String(form.get(name) ?? '');
        register.mutate({ invite, name: value('name'), email: value('email'), password: value('password') });
      }}
    >
      <label className="mb-4 block text-sm">
        <span className="mb-1 block text-neutral-300">Your name</span>
        <input name="name" required autoComplete="name" className={input} />
        {fieldErrors.name && <span className="mt-1 block text-red-400">{fieldErrors.name[0]}</span>}
      </label>
      <label className="mb-4 block text-sm">
        <span className="mb-1 block text-neutral-300">Email</span>
        <input name="email" type="email" required autoComplete="username" defaultValue={boundEmail ?? ''} readOnly={Boolean(boundEmail)} className={input} />
        {fieldErrors.email && <span className="mt-1 block text-red-400">{fieldErrors.email[0]}</span>}
      </label>
      <label className="mb-4 block text-sm">
        <span className="mb-1 block text-neutral-300">Password (at least 8 characters)</span>
        <input name="password" type="password" required minLength={8} autoComplete="new-password" className={input} />
        {fieldErrors.password && <span className="mt-1 block text-red-400">{fieldErrors.password[0]}</span>}
      </label>
      {register.error && !Object.keys(fieldErrors).length && <p role="alert" className="mb-4 text-sm text-red-400">{register.error.message}</p>}
      <SubmitButton busy={busy}>{busy ? 'Creating…' : 'Create account'}</SubmitButton>
    </form>
  );
}
