import Link from 'next/link';
import type { SessionUser } from '@/lib/auth/auth.schemas';
import { LogoutButton } from './LogoutButton';
import { RememberLoginBackdrop } from './RememberLoginBackdrop';

export function TopBar({ user }: { user: SessionUser }) {
  return (
    <header className="sticky top-0 z-10 flex items-center gap-2 border-b border-neutral-800 bg-neutral-950/90 px-4 py-2 backdrop-blur">
      <RememberLoginBackdrop />
      <Link href="/" className="mr-2 text-lg font-semibold tracking-tight sm:mr-4">
        Shoebox
      </Link>
      <nav className="flex flex-1 items-center gap-1 overflow-x-auto text-sm">
        <Link href="/" className="rounded px-2 py-1.5 hover:bg-neutral-800 sm:px-3">
          Photos
        </Link>
        <Link href="/favourites" className="rounded px-2 py-1.5 hover:bg-neutral-800 sm:px-3">
          Favourites
        </Link>
        <Link href="/archive" className="rounded px-2 py-1.5 hover:bg-neutral-800 sm:px-3">
          Archive
        </Link>
        <Link href="/trash" className="rounded px-2 py-1.5 hover:bg-neutral-800 sm:px-3">
          Trash
        </Link>
        {user.role === 'admin' && (
          <>
            <Link href="/admin/libraries" className="rounded px-3 py-1.5 hover:bg-neutral-800">
              Libraries
            </Link>
            <Link href="/admin/jobs" className="rounded px-3 py-1.5 hover:bg-neutral-800">
              Jobs
            </Link>
            <Link href="/admin/users" className="rounded px-3 py-1.5 hover:bg-neutral-800">
              Users
            </Link>
          </>
        )}
        <Link href="/settings" className="rounded px-3 py-1.5 hover:bg-neutral-800">
          Settings
        </Link>
      </nav>
      <span className="hidden text-sm text-neutral-400 sm:inline" data-testid="current-user">
        {user.name}
      </span>
      <LogoutButton />
    </header>
  );
}
