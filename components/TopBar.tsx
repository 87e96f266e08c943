import Link from 'next/link';
import type { SessionUser } from '@/lib/auth/auth.schemas';
import { LogoutButton } from './LogoutButton';
import { RememberLoginBackdrop } from './RememberLoginBackdrop';

// [href, label, padding]: the photo views stay compact on phones.
const VIEWS = [
  ['/', 'Photos', 'px-2 sm:px-3'],
  ['/favourites', 'Favourites', 'px-2 sm:px-3'],
  ['/archive', 'Archive', 'px-2 sm:px-3'],
  ['/trash', 'Trash', 'px-2 sm:px-3'],
] as const;
const ADMIN = [
  ['/admin/libraries', 'Libraries', 'px-3'],
  ['/admin/jobs', 'Jobs', 'px-3'],
  ['/admin/users', 'Users', 'px-3'],
] as const;
const ACCOUNT = [['/settings', 'Settings', 'px-3']] as const;

export function TopBar({ user }: { user: SessionUser }) {
  return (
    <header className="sticky top-0 z-10 flex items-center gap-2 border-b border-neutral-800 bg-neutral-950/90 px-4 py-2 backdrop-blur">
      <RememberLoginBackdrop />
      <Link href="/" className="mr-2 text-lg font-semibold tracking-tight sm:mr-4">
        Shoebox
      </Link>
      <nav className="flex flex-1 items-center gap-1 overflow-x-auto text-sm">
        {[...VIEWS, ...(user.role === 'admin' ? ADMIN : []), ...ACCOUNT].map(([href, label, padding]) => (
          <Link key={href} href={href} className={`rounded py-1.5 hover:bg-neutral-800 ${padding}`}>
            {label}
          </Link>
        ))}
      </nav>
      <span className="hidden text-sm text-neutral-400 sm:inline" data-testid="current-user">
        {user.name}
      </span>
      <LogoutButton />
    </header>
  );
}
