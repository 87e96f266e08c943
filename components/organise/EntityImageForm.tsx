'use client';
// Set the image: upload a file, or pick a frame of one of its videos (a video, then a time on
// a slider with the frame there shown as a preview), or remove it.
import { useMutation, useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { fieldClass, primaryButton, quietButton } from '@/components/video-player/Section';
import { fetchEntityVideos, frameEntityImage, removeEntityImageRequest, uploadEntityImage } from '@/lib/client/organise-api';
import type { EntityDetails, EntityKind } from '@/lib/organise/organise.schemas';
import { SEGMENT_OF } from './entity-words';

export function EntityImageForm({ kind, entity, onDone }: { kind: EntityKind; entity: EntityDetails; onDone: (imageUrl: string | null) => void }) {
  const segment = SEGMENT_OF[kind];
  const ids = { file: useId(), video: useId(), seconds: useId() };
  const [file, setFile] = useState<File | null>(null);
  const { data: videos } = useQuery({ queryKey: ['entity-videos', kind, entity.id, 1], queryFn: () => fetchEntityVideos(segment, entity.id, 1) });
  const [videoId, setVideoId] = useState<string>('');
  const [seconds, setSeconds] = useState(0);
  // The preview follows the slider when it is let go (each preview is an ffmpeg run).
  const [previewAt, setPreviewAt] = useState(0);
  const chosen = videos?.items.find((v) => v.id === (videoId || videos.items[0]?.id));
  const durationS = chosen?.durationMs ? Math.floor(chosen.durationMs / 1000) : 0;
  const upload = useMutation({ mutationFn: () => uploadEntityImage(segment, entity.id, file!), onSuccess: (r) => onDone(r.imageUrl) });
  const frame = useMutation({ mutationFn: () => frameEntityImage(segment, entity.id, chosen!.id, seconds), onSuccess: (r) => onDone(r.imageUrl) });
  const remove = useMutation({ mutationFn: () => removeEntityImageRequest(segment, entity.id), onSuccess: () => onDone(null) });
  const error = upload.error ?? frame.error ?? remove.error;
  return (
    <div className="grid max-w-3xl gap-4 rounded-lg border border-neutral-800 bg-neutral-900/60 p-3 text-sm md:grid-cols-2" role="group" aria-label="Image">
      <form
        className="grid content-start gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          if (file) upload.mutate();
        }}
      >
        <label htmlFor={ids.file} className="grid gap-1 text-neutral-300">
          Upload an image (JPEG, PNG, WebP; up to 10 MB)
          <input id={ids.file} type="file" accept="image/*" className="text-neutral-200" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </label>
        <div>
          <button type="submit" className={primaryButton} disabled={!file || upload.isPending}>
            Upload
          </button>
        </div>
      </form>
      <form
        className="grid content-start gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          if (chosen) frame.mutate();
        }}
      >
        {!videos?.items.length ? (
          <p className="text-neutral-300">A frame can be picked once it has videos.</p>
        ) : (
          <>
            <label htmlFor={ids.video} className="grid gap-1 text-neutral-300">
              Pick a frame of
              <select id={ids.video} className={fieldClass} value={chosen?.id} onChange={(e) => { setVideoId(e.target.value); setSeconds(0); setPreviewAt(0); }}>
                {videos.items.map((v) => (
                  <option key={v.id} value={v.id}>
                    {v.title}
                  </option>
                ))}
              </select>
            </label>
            <label htmlFor={ids.seconds} className="grid gap-1 text-neutral-300">
              At {seconds} s
              <input id={ids.seconds} type="range" min={0} max={Math.max(0, durationS)} value={seconds} onChange={(e) => setSeconds(Number(e.target.value))} onPointerUp={() => setPreviewAt(seconds)} onKeyUp={() => setPreviewAt(seconds)} />
            </label>
            {chosen && (
              // eslint-disable-next-line @next/next/no-img-element -- the frame route's JPEG, a preview of what will be saved
              <img src={`/api/assets/${chosen.id}/frame?t=${previewAt}`} alt={`Frame at ${previewAt} seconds`} className="aspect-video w-full rounded bg-black object-contain" />
            )}
            <div>
              <button type="submit" className={primaryButton} disabled={frame.isPending}>
                Use this frame
              </button>
            </div>
          </>
        )}
      </form>
      {entity.imageUrl && (
        <div>
          <button type="button" className={quietButton} onClick={() => remove.mutate()} disabled={remove.isPending}>
            Remove the image
          </button>
        </div>
      )}
      {error && (
        <p role="alert" className="text-red-400 md:col-span-2">
          {error.message}
        </p>
      )}
    </div>
  );
}
