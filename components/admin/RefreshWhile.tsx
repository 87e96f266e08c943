'use client';
// Re-renders the server page every two seconds while `active` (a model download under way), so
// its progress bar moves without an API of its own.
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

export function RefreshWhile({ active }: { active: boolean }) {
  const router = useRouter();
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => router.refresh(), 2000);
    return () => clearInterval(timer);
  }, [active, router]);
  return null;
}
