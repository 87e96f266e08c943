'use client';
// The options of a shared link, shared by the create dialog and the edit form: title,
// description, expiry date, and the two switches. Downloads need "Show metadata" (the
// originals carry their GPS), so that box is only offered with it.
import { useId } from 'react';

export interface LinkOptions {
  title: string;
  description: string;
  /** A day (YYYY-MM-DD) after which the link ends, or '' for never. */
  expiresOn: string;
  showMetadata: boolean;
  allowDownload: boolean;
}

/** The end of the chosen day in the browser's time zone, as the API wants it. */
export function expiryOf(expiresOn: string): string | null {
  return expiresOn ? new Date(`${expiresOn}T23:59:59`).toISOString() : null;
}

export function dayOf(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const field = 'w-full rounded border border-neutral-600 bg-neutral-950 px-2 py-1.5 text-sm text-neutral-100';

export function LinkOptionsFields({ value, onChange }: { value: LinkOptions; onChange: (v: LinkOptions) => void }) {
  const id = useId();
  const set = (patch: Partial<LinkOptions>) => onChange({ ...value, ...patch });
  return (
    <div className="grid gap-3">
      <label className="grid gap-1 text-sm" htmlFor={`${id}-title`}>
        <span className="text-neutral-300">Title (optional)</span>
        <input id={`${id}-title`} className={field} maxLength={200} value={value.title} onChange={(e) => set({ title: e.target.value })} />
      </label>
      <label className="grid gap-1 text-sm" htmlFor={`${id}-description`}>
        <span className="text-neutral-300">Description (optional)</span>
        <textarea id={`${id}-description`} className={field} rows={2} maxLength={2000} value={value.description} onChange={(e) => set({ description: e.target.value })} />
      </label>
      <label className="grid gap-1 text-sm" htmlFor={`${id}-expiry`}>
        <span className="text-neutral-300">Ends after (leave empty for never)</span>
        <input id={`${id}-expiry`} type="date" className={field} value={value.expiresOn} onChange={(e) => set({ expiresOn: e.target.value })} />
      </label>
      <label className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          className="mt-1"
          checked={value.showMetadata}
          onChange={(e) => set({ showMetadata: e.target.checked, allowDownload: e.target.checked && value.allowDownload })}
        />
        <span>
          Show metadata
          <span className="block text-xs text-neutral-300">Date, file name, camera, GPS position and place.</span>
        </span>
      </label>
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" className="mt-1" disabled={!value.showMetadata} checked={value.allowDownload} onChange={(e) => set({ allowDownload: e.target.checked })} />
        <span>
          Allow downloads of the originals
          <span className="block text-xs text-neutral-300">Needs “Show metadata”: original files carry their GPS position inside.</span>
        </span>
      </label>
    </div>
  );
}
