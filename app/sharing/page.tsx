// /sharing – my shared links: what each shares, its options, views; edit, revoke, delete.
// Links are made from the timeline's selection bar ("Share link") or an album page.
import { SharedLinkList } from '@/components/shared-links/SharedLinkList';
import { TopBar } from '@/components/TopBar';
import { requirePageUser } from '@/lib/auth/page-user';
import { listMySharedLinks } from '@/lib/shared-links/list-my-shared-links';

export const dynamic = 'force-dynamic';

export default async function SharingPage() {
  const user = await requirePageUser();
  const links = await listMySharedLinks(user);
  return (
    <>
      <TopBar user={user} />
      <main className="mx-auto grid max-w-3xl gap-4 p-4">
        <h1 className="text-xl font-semibold">Shared links</h1>
        <p className="text-sm text-neutral-300">
          Links let people without an account see photos you choose. Select photos on the timeline and press “Share link” to make one.
        </p>
        <SharedLinkList initial={links} />
      </main>
    </>
  );
}
