'use client';
// The login page's full-screen blur of one of the last user's pictures and its colour as the
// accent (see lib/client/login-backdrop.ts for where they come from and why only a blur).
import { useEffect, useState } from 'react';
import { readLoginBackdrop, textColourOn } from '@/lib/client/login-backdrop';
import { thumbhashDataUrl } from '@/lib/client/thumbhash-url';

export function LoginBackdrop() {
  const [backdrop, setBackdrop] = useState<{ url: string; dominant: string } | null>(null);
  useEffect(() => {
    const stored = readLoginBackdrop();
    const url = stored && thumbhashDataUrl(stored.thumbhash);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- localStorage exists only in the browser, after hydration; the server render has no backdrop
    if (stored && url) setBackdrop({ url, dominant: stored.dominant }); // else: the plain page
  }, []);
  if (!backdrop) return null;
  return (
    <>
      {/* The accent for the form's button and focus rings, readable text on it. */}
      <style>{`:root { --shoebox-accent: ${backdrop.dominant}; --shoebox-accent-text: ${textColourOn(backdrop.dominant)}; }`}</style>
      <div
        aria-hidden="true"
        data-testid="login-backdrop"
        data-colour={backdrop.dominant}
        className="pointer-events-none fixed inset-0 -z-10 scale-110 bg-cover bg-center blur-2xl"
        style={{ backgroundImage: `url(${backdrop.url})` }}
      />
      <div aria-hidden="true" className="pointer-events-none fixed inset-0 -z-10 bg-black/40" />
    </>
  );
}
