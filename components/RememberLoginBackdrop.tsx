'use client';
// Rendered in the top bar of signed-in pages: keeps the login page's backdrop fresh.
import { useEffect } from 'react';
import { refreshLoginBackdrop } from '@/lib/client/login-backdrop';

export function RememberLoginBackdrop() {
  useEffect(() => {
    void refreshLoginBackdrop(false);
  }, []);
  return null;
}
