// One subtitle track of a video as WebVTT: a text stream converted by ffmpeg from the checked
// descriptor of the video, or a sidecar file opened with openLibraryFile and converted alike.
import path from 'node:path';
import type { Actor } from '@/lib/access/access.schemas';
import { openLibraryFile } from '@/lib/libraries/open-library-file';
import { notFound } from '@/lib/server/errors';
import { embeddedSubtitleToWebVtt, sidecarCharset, sidecarSubtitleToWebVtt } from '@/lib/videos/subtitle-to-webvtt';
import { findSubtitleSources } from './find-subtitle-sources';

const NO_TRACK = 'No such subtitle track.';
/** Enough of a sidecar to tell UTF-8 from Windows-1252 (a whole film's .srt is ~100 KB). */
const CHARSET_SAMPLE_BYTES = 1 << 20;

export async function serveSubtitleTrack(user: Actor, assetId: string, track: string): Promise<Response> {
  const sources = await findSubtitleSources(user, assetId);
  const [source, n] = track.split('-') as ['embedded' | 'sidecar', string];
  const index = Number(n);
  let vtt: Buffer;
  if (source === 'embedded') {
    if (!sources.embedded.some((s) => s.ordinal === index)) throw notFound(NO_TRACK);
    const file = await openLibraryFile(sources.rootPath, sources.relPath);
    if (file.kind !== 'ok') throw notFound(NO_TRACK);
    vtt = await convert(() => embeddedSubtitleToWebVtt(file.handle.fd, index), file.handle);
  } else {
    const sidecar = sources.sidecars[index];
    if (!sidecar) throw notFound(NO_TRACK);
    const file = await openLibraryFile(sources.rootPath, path.posix.join(sources.folder, sidecar.fileName));
    if (file.kind !== 'ok') throw notFound(NO_TRACK);
    vtt = await convert(async () => {
      // pread from 0: the descriptor's offset stays at the start for ffmpeg, which reads it next.
      const head = Buffer.alloc(Math.min(file.size, CHARSET_SAMPLE_BYTES));
      await file.handle.read(head, 0, head.length, 0);
      return sidecarSubtitleToWebVtt(file.handle.fd, sidecar.format, sidecarCharset(head));
    }, file.handle);
  }
  return new Response(new Uint8Array(vtt), {
    headers: { 'content-type': 'text/vtt; charset=utf-8', 'cache-control': 'private, max-age=300', 'x-content-type-options': 'nosniff' },
  });
}

async function convert(run: () => Promise<Buffer>, handle: { close(): Promise<void> }): Promise<Buffer> {
  try {
    return await run();
  } catch {
    throw notFound('This subtitle track cannot be read.');
  } finally {
    await handle.close();
  }
}
