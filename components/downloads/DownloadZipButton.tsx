'use client';
// "Download" for many items at once: asks for a ticket (chosen ids, or an album's items), then
// hands its URL to the browser, whose own download bar shows the ZIP's progress (the server
// sends its exact size). The button says "Preparing…" while the items are checked, and
// afterwards how many files were left out because they cannot be read.
import { useMutation } from '@tanstack/react-query';
import { Download } from 'lucide-react';
import { createDownloadTicket } from '@/lib/client/downloads-api';
import type { DownloadTicket } from '@/lib/downloads/downloads.schemas';

type Props = ({ ids: readonly string[]; albumId?: never } | { albumId: string; ids?: never }) & {
  /** The button's text; "Download" by default. */
  label?: string;
  className?: string;
};

/** Starts the download in the browser's download manager, leaving this page where it is. */
function startBrowserDownload(ticket: DownloadTicket) {
  const link = document.createElement('a');
  link.href = ticket.url;
  link.download = ticket.fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
}

function leftOutNote(ticket: DownloadTicket): string {
  const n = ticket.missing.length;
  if (n === 0) return `Downloading ${ticket.items === 1 ? '1 file' : `${ticket.items} files`}: see your browser's downloads.`;
  return `Downloading ${ticket.items} of ${ticket.items + n} files: ${n === 1 ? '1 file cannot' : `${n} files cannot`} be read right now and ${n === 1 ? 'is' : 'are'} left out (the ZIP lists ${n === 1 ? 'it' : 'them'}).`;
}

export function DownloadZipButton({ ids, albumId, label = 'Download', className }: Props) {
  const ticket = useMutation({
    mutationFn: () => createDownloadTicket(albumId ? { albumId } : { ids: [...(ids ?? [])] }),
    onSuccess: startBrowserDownload,
  });
  const empty = !albumId && (ids?.length ?? 0) === 0;
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        disabled={ticket.isPending || empty}
        onClick={() => ticket.mutate()}
        className={className ?? 'inline-flex items-center gap-1 rounded bg-neutral-800 px-3 py-1 hover:bg-neutral-700 disabled:opacity-50'}
        data-testid="download-zip"
      >
        <Download aria-hidden size={16} />
        {ticket.isPending ? 'Preparing…' : label}
      </button>
      <span role="status" className="text-neutral-300">
        {ticket.isSuccess && leftOutNote(ticket.data)}
      </span>
      {ticket.isError && (
        <span role="alert" className="text-red-300">
          {ticket.error.message}
        </span>
      )}
    </span>
  );
}
