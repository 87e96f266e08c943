import Link from 'next/link';
import type { SessionUser } from '@/lib/auth/auth.schemas';
import { getPreferences } from '@/lib/users/get-preferences';
import { BlurPreviewsMarker } from './search/BlurPreviews';
import { TopSearch } from './search/TopSearch';
import { LogoutButton } from './LogoutButton';
import { RememberLoginBackdrop } from './RememberLoginBackdrop';
import { ShoeboxMark } from './ShoeboxMark';
import { SiteNav } from './SiteNav';
import { UploadButton } from './uploads/UploadButton';

export async function TopBar({ user }: { user: SessionUser }) {
  const { blurPreviews } = await getPreferences(user.id);
  return (
    <header className="sticky top-0 z-20 flex items-center gap-2 border-b border-neutral-800 bg-neutral-950/90 px-4 py-2 backdrop-blur">
      <RememberLoginBackdrop />
      <BlurPreviewsMarker initial={blurPreviews} />
      <Link href="/" className="mr-2 flex items-center gap-2 text-lg font-semibold tracking-tight sm:mr-4">
        <ShoeboxMark className="h-6 w-6" />
        Shoebox
      </Link>
      <TopSearch />
      <UploadButton />
      <SiteNav isAdmin={user.role === 'admin'} userName={user.name} />
      <span className="hidden text-sm text-neutral-400 2xl:inline" data-testid="current-user">
        {user.name}
      </span>
      <span className="hidden lg:inline">
        <LogoutButton />
      </span>
    </header>
  );
}
