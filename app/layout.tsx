import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { Providers } from '@/components/Providers';
import './globals.css';

// Every page is rendered per request: a prerendered page could not carry the nonce that the
// Content-Security-Policy from proxy.ts asks of its scripts.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Shoebox', description: 'Your photos and videos, at home.' };
export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0a0a0a' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen">
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
