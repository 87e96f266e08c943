// The admin pages' own row of links (the top bar has one "Admin" entry): the overview and the
// three pages with the details, the current one marked. Wraps on a phone.
import { FolderOpen, LayoutDashboard, ListChecks, Users, type LucideIcon } from 'lucide-react';
import Link from 'next/link';

const SECTIONS: [string, string, LucideIcon][] = [
  ['/admin', 'Overview', LayoutDashboard],
  ['/admin/libraries', 'Libraries', FolderOpen],
  ['/admin/jobs', 'Jobs', ListChecks],
  ['/admin/users', 'Users', Users],
];

export function AdminSectionNav({ current }: { current: string }) {
  return (
    <nav aria-label="Admin sections" className="flex flex-wrap gap-1 text-sm">
      {SECTIONS.map(([href, label, Icon]) => (
        <Link
          key={href}
          href={href}
          aria-current={href === current ? 'page' : undefined}
          className="flex items-center gap-1.5 rounded-md border border-neutral-800 px-3 py-1.5 hover:bg-neutral-800 aria-[current=page]:border-neutral-600 aria-[current=page]:bg-neutral-800"
        >
          <Icon aria-hidden size={16} className="text-neutral-400" />
          {label}
        </Link>
      ))}
    </nav>
  );
}
