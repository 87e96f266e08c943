'use client';
// "Make a clip" on the video page: a panel to set a range from the player ("Start here" / "End
// here", or the number fields), a format and a size; Create queues it (POST
// /api/assets/:id/clips) and the clip shows its progress, then a preview with Download and
// Delete. Below, my clips of this video. Lives inside the page's PlayerContext, for the time.
import { Film } from 'lucide-react';
import { useId, useState } from 'react';
import { formatClock } from '@/components/video-player/format-time';
import { fieldClass, primaryButton, quietButton, Section } from '@/components/video-player/Section';
import { usePlayerController } from '@/components/video-player/use-player';
import { fieldErrorsOf } from '@/lib/client/api';
import { useCreateClip, useDeleteClip, useVideoClips } from '@/lib/client/clip-queries';
import { ClipItem } from './ClipItem';

type Format = 'gif' | 'webp' | 'mp4';
/** The limits the server enforces (lib/videos/clip-plan.ts), said up front. */
const MAX_SECONDS: Record<Format, number> = { gif: 30, webp: 30, mp4: 300 };
const WIDTHS = [240, 320, 480, 720] as const;
const round = (s: number) => Math.round(s * 10) / 10;

function ClipForm({ assetId, duration, onDone }: { assetId: string; duration: number; onDone: () => void }) {
  const controller = usePlayerController();
  const create = useCreateClip(assetId);
  const ids = useId();
  const [start, setStart] = useState(() => round(controller.time()));
  const [end, setEnd] = useState(() => round(Math.min(duration || Infinity, controller.time() + 5)));
  const [format, setFormat] = useState<Format>('gif');
  const [width, setWidth] = useState<string>('');
  const fields = fieldErrorsOf(create.error);
  const length = end - start;
  const problem = fields.start?.[0] ?? fields.end?.[0] ?? fields.format?.[0] ?? fields.width?.[0] ?? create.error?.message;
  return (
    <form
      className="mb-3 grid gap-3"
      data-testid="clip-form"
      aria-describedby={`${ids}-hint`}
      onSubmit={(e) => {
        e.preventDefault();
        create.mutate({ start, end, format, ...(width ? { width: Number(width) as (typeof WIDTHS)[number] } : {}) }, { onSuccess: onDone });
      }}
    >
      <div className="grid grid-cols-2 gap-2">
        {(
          [
            ['Start', start, setStart, 'Start here'],
            ['End', end, setEnd, 'End here'],
          ] as const
        ).map(([name, value, set, here]) => (
          <div key={name} className="grid gap-1 text-sm">
            <label htmlFor={`${ids}-${name}`} className="text-neutral-300">
              {name} (seconds)
            </label>
            <input
              id={`${ids}-${name}`}
              type="number"
              min={0}
              max={duration || undefined}
              step={0.1}
              value={Number.isFinite(value) ? value : ''}
              onChange={(e) => set(e.target.valueAsNumber)}
              className={fieldClass}
              required
            />
            <button type="button" className={`${quietButton} justify-self-start border border-neutral-700`} onClick={() => set(round(controller.time()))}>
              {here}
            </button>
          </div>
        ))}
      </div>
      <div className="grid grid-cols-2 gap-2">
        <label className="grid gap-1 text-sm">
          <span className="text-neutral-300">Format</span>
          <select value={format} onChange={(e) => setFormat(e.target.value as Format)} className={fieldClass}>
            <option value="gif">GIF (animation)</option>
            <option value="webp">WebP (animation, smaller)</option>
            <option value="mp4">MP4 (video with sound)</option>
          </select>
        </label>
        <label className="grid gap-1 text-sm">
          <span className="text-neutral-300">Width</span>
          <select value={width} onChange={(e) => setWidth(e.target.value)} className={fieldClass}>
            <option value="">Default ({format === 'gif' ? 320 : format === 'webp' ? 480 : 720} px)</option>
            {WIDTHS.map((w) => (
              <option key={w} value={w}>
                {w} px
              </option>
            ))}
          </select>
        </label>
      </div>
      <p id={`${ids}-hint`} className="text-sm text-neutral-300">
        {Number.isFinite(length) && length > 0 ? `${formatClock(start)}–${formatClock(end)}, ${length.toFixed(1)} s. ` : ''}
        {format === 'mp4' ? 'MP4: up to 5 minutes.' : `${format === 'gif' ? 'GIF' : 'WebP'}: up to 30 s and 10 MB (made smaller if needed).`}
      </p>
      {problem && (
        <p role="alert" className="text-sm text-red-400">
          {problem}
        </p>
      )}
      <span className="flex gap-2">
        <button type="submit" className={primaryButton} disabled={create.isPending || !(length > 0) || length > MAX_SECONDS[format]}>
          Create clip
        </button>
        <button type="button" className={quietButton} onClick={onDone}>
          Cancel
        </button>
      </span>
    </form>
  );
}

export function ClipMaker({ assetId, duration }: { assetId: string; duration: number }) {
  const [open, setOpen] = useState(false);
  const { data: clips = [] } = useVideoClips(assetId);
  const remove = useDeleteClip(assetId);
  return (
    <Section
      title="Clips"
      testId="clips"
      actions={
        !open && (
          <button type="button" className={`${primaryButton} flex items-center gap-1.5`} onClick={() => setOpen(true)} aria-expanded={open}>
            <Film aria-hidden size={16} /> Make a clip
          </button>
        )
      }
    >
      {open && <ClipForm assetId={assetId} duration={duration} onDone={() => setOpen(false)} />}
      {remove.error && (
        <p role="alert" className="mb-2 text-sm text-red-400">
          {remove.error.message}
        </p>
      )}
      {clips.length === 0 ? (
        !open && <p className="text-sm text-neutral-300">No clips yet: make a GIF, WebP or MP4 of a moment of this video.</p>
      ) : (
        <ul className="grid gap-2">
          {clips.map((clip) => (
            <ClipItem key={clip.id} clip={clip} onDelete={(id) => remove.mutate(id)} deleting={remove.isPending} />
          ))}
        </ul>
      )}
    </Section>
  );
}
