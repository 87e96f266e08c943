// The settings page's libraries: the user's own, each with whom it is shared (and controls to
// share it), and the libraries others shared with them.
import { LibrarySharing } from '@/components/libraries/LibrarySharing';
import type { MyLibraries as MyLibrariesData } from '@/lib/libraries/libraries.schemas';

export function MyLibraries({ data, userId }: { data: MyLibrariesData; userId: string }) {
  return (
    <div className="grid gap-3">
      {data.own.length === 0 && data.shared.length === 0 && (
        <p className="text-sm text-neutral-300">No libraries yet. An admin adds library folders in Admin → Libraries.</p>
      )}
      {data.own.length > 0 && (
        <ul className="grid gap-3" aria-label="Your libraries">
          {data.own.map((l) => (
            <li key={l.id} className="rounded-lg border border-neutral-800 p-3" data-testid="my-library">
              <h3 className="font-medium">{l.name}</h3>
              <LibrarySharing libraryId={l.id} libraryName={l.name} ownerId={userId} members={l.members} people={data.people} />
            </li>
          ))}
        </ul>
      )}
      {data.shared.length > 0 && (
        <div>
          <h3 className="mb-1 font-medium">Shared with you</h3>
          <ul className="grid gap-1 text-sm text-neutral-300" data-testid="shared-with-me">
            {data.shared.map((l) => (
              <li key={l.id}>
                {l.name} <span className="text-neutral-400">from {l.owner.name}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
