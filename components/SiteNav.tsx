'use client';
// The top bar's links: in a row on wide screens; on phones and tablets a Menu button opens
// them as a list (with the user's name and Log out), so none is ever off-screen. The menu
// closes on Esc (focus back on the button), on a click outside, and after navigating.
import { Archive, Building2, Film, Heart, Images, LibraryBig, LayoutDashboard, Link2, Map as MapIcon, MapPin, Menu, ScanFace, Settings, Tag, Trash2, UserRound, X, type LucideIcon } from 'lucide-react';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useEffect, useId, useRef, useState } from 'react';
import { LogoutButton } from './LogoutButton';

const VIEWS: [string, string, LucideIcon][] = [
  ['/', 'Photos', Images],
  ['/albums', 'Albums', LibraryBig],
  ['/people', 'People', ScanFace],
  ['/map', 'Map', MapIcon],
  ['/places', 'Places', MapPin],
  ['/videos', 'Videos', Film],
  ['/performers', 'Performers', UserRound],
  ['/studios', 'Studios', Building2],
  ['/tags', 'Tags', Tag],
  ['/favourites', 'Favourites', Heart],
  ['/archive', 'Archive', Archive],
  ['/trash', 'Trash', Trash2],
];
// One entry for the administrator: the overview, which links to libraries, jobs and users
// (and stays "current" on those pages).
const ADMIN: [string, string, LucideIcon][] = [['/admin', 'Admin', LayoutDashboard]];
const ACCOUNT: [string, string, LucideIcon][] = [
  ['/sharing', 'Sharing', Link2],
  ['/settings', 'Settings', Settings],
];

export function SiteNav({ isAdmin, userName }: { isAdmin: boolean; userName: string }) {
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  // Close after navigating: adjusted while rendering (React's pattern for state that follows a
  // prop), so the menu is never drawn open over the new page for one frame.
  const [menuPath, setMenuPath] = useState(pathname);
  if (menuPath !== pathname) {
    setMenuPath(pathname);
    setOpen(false);
  }
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const panelId = useId();
  const links = [...VIEWS, ...(isAdmin ? ADMIN : []), ...ACCOUNT];

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      setOpen(false);
      button.current?.focus();
    };
    const onPointer = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!panel.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('pointerdown', onPointer);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  const current = (href: string) => (href === '/' ? pathname === '/' : pathname.startsWith(href)) || undefined;
  return (
    <>
      {/* Fifteen places: on a laptop the row scrolls sideways inside itself rather than wrapping
          the bar or pushing Log out off the screen. */}
      <nav aria-label="Main" className="hidden min-w-0 flex-1 items-center gap-0.5 overflow-x-auto text-sm whitespace-nowrap lg:flex">
        {links.map(([href, label]) => (
          <Link key={href} href={href} aria-current={current(href) && 'page'} className="shrink-0 rounded px-2.5 py-1.5 hover:bg-neutral-800 aria-[current=page]:bg-neutral-800">
            {label}
          </Link>
        ))}
      </nav>
      <span className="flex-1 lg:hidden" />
      <button
        ref={button}
        type="button"
        aria-label="Menu"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((v) => !v)}
        className="rounded p-2 hover:bg-neutral-800 lg:hidden"
      >
        {open ? <X aria-hidden size={20} /> : <Menu aria-hidden size={20} />}
      </button>
      {open && (
        <div ref={panel} id={panelId} className="absolute inset-x-0 top-full max-h-[calc(100dvh-3.5rem)] overflow-auto border-b border-neutral-800 bg-neutral-950 shadow-xl lg:hidden">
          <nav aria-label="Main" className="grid p-2">
            {links.map(([href, label, Icon]) => (
              <Link key={href} href={href} aria-current={current(href) && 'page'} className="flex items-center gap-3 rounded px-3 py-3 hover:bg-neutral-800 aria-[current=page]:bg-neutral-800">
                <Icon aria-hidden size={18} className="text-neutral-400" />
                {label}
              </Link>
            ))}
          </nav>
          <div className="flex items-center gap-3 border-t border-neutral-800 px-5 py-3 text-sm">
            <span className="min-w-0 flex-1 truncate text-neutral-300">{userName}</span>
            <LogoutButton />
          </div>
        </div>
      )}
    </>
  );
}
