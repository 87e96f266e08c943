// One card of the overview: an icon and a heading, its content, and a link to the page with
// the details.
import type { LucideIcon } from 'lucide-react';
import Link from 'next/link';
import type { ReactNode } from 'react';

interface Props {
  icon: LucideIcon;
  title: string;
  link?: { href: string; label: string };
  children: ReactNode;
}

export function SectionCard({ icon: Icon, title, link, children }: Props) {
  return (
    <section className="min-w-0 rounded-lg border border-neutral-800 p-3" aria-label={title}>
      <div className="mb-2 flex items-center gap-2">
        <Icon aria-hidden size={18} className="text-neutral-400" />
        <h3 className="flex-1 font-semibold">{title}</h3>
        {link && (
          <Link href={link.href} className="text-sm text-sky-300 underline-offset-2 hover:underline">
            {link.label}
          </Link>
        )}
      </div>
      {children}
    </section>
  );
}
