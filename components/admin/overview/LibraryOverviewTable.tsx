// Every library with its owner, counts, bytes of originals, last scan and whether its folder
// can be read. A table on wide screens; on a phone each library is a short card, so nothing
// needs sideways scrolling.
import type { LibraryRow } from '@/lib/admin/overview.schemas';
import { countOf, formatCount, formatStorage } from './overview-format';

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' }) : 'never');

function FolderState({ library }: { library: LibraryRow }) {
  return library.online ? <span className="text-emerald-300">online</span> : <span className="font-medium text-amber-300">offline: folder not readable</span>;
}

export function LibraryOverviewTable({ libraries }: { libraries: LibraryRow[] }) {
  if (libraries.length === 0) return <p className="text-sm text-neutral-300">No library yet.</p>;
  return (
    <>
      <ul className="grid gap-2 md:hidden" data-testid="overview-libraries-list">
        {libraries.map((l) => (
          <li key={l.id} className="grid gap-1 rounded-md bg-neutral-900 p-3 text-sm">
            <span className="font-medium">
              {l.name} <span className="font-normal text-neutral-300">· {l.owner}</span>
            </span>
            <span>
              {countOf(l.photos, 'photo')} · {countOf(l.videos, 'video')} · {formatStorage(l.bytes)}
              {l.offlineFiles > 0 && <span className="text-amber-300"> · {countOf(l.offlineFiles, 'missing file')}</span>}
            </span>
            <span className="text-neutral-300">
              Scanned {when(l.lastScannedAt)} · <FolderState library={l} />
            </span>
          </li>
        ))}
      </ul>
      <table className="hidden w-full text-left text-sm md:table" data-testid="overview-libraries">
        <thead className="text-neutral-300">
          <tr>
            <th scope="col" className="py-1 pr-3 font-medium">Library</th>
            <th scope="col" className="py-1 pr-3 font-medium">Owner</th>
            <th scope="col" className="py-1 pr-3 text-right font-medium">Photos</th>
            <th scope="col" className="py-1 pr-3 text-right font-medium">Videos</th>
            <th scope="col" className="py-1 pr-3 text-right font-medium">Originals</th>
            <th scope="col" className="py-1 pr-3 font-medium">Last scan</th>
            <th scope="col" className="py-1 font-medium">Folder</th>
          </tr>
        </thead>
        <tbody>
          {libraries.map((l) => (
            <tr key={l.id} className="border-t border-neutral-800">
              <th scope="row" className="py-1.5 pr-3 font-medium">{l.name}</th>
              <td className="py-1.5 pr-3">{l.owner}</td>
              <td className="py-1.5 pr-3 text-right tabular-nums">{formatCount(l.photos)}</td>
              <td className="py-1.5 pr-3 text-right tabular-nums">{formatCount(l.videos)}</td>
              <td className="py-1.5 pr-3 text-right tabular-nums">
                {formatStorage(l.bytes)}
                {l.offlineFiles > 0 && <span className="block text-xs text-amber-300">{formatCount(l.offlineFiles)} missing</span>}
              </td>
              <td className="py-1.5 pr-3">{when(l.lastScannedAt)}</td>
              <td className="py-1.5">
                <FolderState library={l} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
