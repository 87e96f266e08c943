'use client';
// The top bar's Upload button: opens the upload panel, and shows how many files are on their way.
import { Upload } from 'lucide-react';
import { useId } from 'react';
import { createPortal } from 'react-dom';
import { useHydrated } from '@/components/use-hydrated';
import { uploadStore } from '@/lib/client/upload-queue';
import { UploadPanel } from './UploadPanel';
import { useUploadItems, useUploadPanelOpen } from './use-upload-queue';

const ACTIVE = new Set(['hashing', 'checking', 'queued', 'uploading']);

export function UploadButton() {
  const open = useUploadPanelOpen();
  const items = useUploadItems();
  const active = items.filter((i) => ACTIVE.has(i.state)).length;
  const panelId = useId();
  const hydrated = useHydrated();
  return (
    <>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => uploadStore.setOpen(!open)}
        className="relative flex items-center gap-1 rounded-md px-2 py-1.5 text-sm text-neutral-200 hover:bg-neutral-800 focus-visible:outline focus-visible:outline-2 focus-visible:outline-sky-400"
      >
        <Upload className="h-5 w-5" aria-hidden="true" />
        <span className="hidden sm:inline">Upload</span>
        <span className="sr-only sm:hidden">Upload</span>
        {active > 0 && (
          <span className="ml-1 rounded-full bg-sky-600 px-1.5 text-xs font-semibold text-white" aria-label={`${active} uploading`}>
            {active}
          </span>
        )}
      </button>
      {/* In <body>: the top bar's backdrop blur would make it the panel's containing block, and
          the "fixed to the bottom" panel would hang above the top of the screen instead. */}
      {open && hydrated && createPortal(<UploadPanel id={panelId} />, document.body)}
    </>
  );
}
