'use client';
// The submit cycle every account form shares: read the fields, call the API, show its error
// (with per-field messages) and let the user try again. On success the form stays busy: it is
// about to navigate away or be replaced by a message.
import { useState, type FormEvent } from 'react';
import { ApiError } from '@/lib/client/api';

export function useApiForm(submit: (form: FormData) => Promise<void>) {
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      await submit(form);
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'unknown', 'Something went wrong.'));
      setBusy(false);
    }
  };
  return { busy, error, fieldErrors: error?.fieldErrors ?? {}, onSubmit };
}

export const field = (form: FormData, name: string) => String(form.get(name) ?? '');
