// Which subtitles a video has: text streams inside it (ffmpeg turns them into WebVTT; bitmap
// subtitles such as DVD or PGS cannot be) and sidecar files beside it with the same base name —
// `clip.srt`, `clip.vtt`, `clip.en.srt`, `clip.pt-BR.forced.vtt` — as players (VLC, mpv, Plex,
// Jellyfin) find them.
import path from 'node:path';

const TEXT_SUBTITLE_CODECS: ReadonlySet<string> = new Set(['subrip', 'srt', 'ass', 'ssa', 'mov_text', 'webvtt', 'text']);

export const isTextSubtitle = (codec: string): boolean => TEXT_SUBTITLE_CODECS.has(codec);

export interface SidecarSubtitle {
  fileName: string;
  format: 'srt' | 'webvtt';
  /** The first tag between the base name and the extension when it looks like a language (en, pt-BR, eng). */
  language: string | null;
  /** What the tags say, e.g. "en forced", or null for a bare `clip.srt`. */
  tags: string | null;
}

const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z]{2,4})?$/;

/** The sidecar subtitles of `videoFileName` among `names` (the folder's entries), sorted by name. */
export function findSidecarSubtitles(videoFileName: string, names: readonly string[]): SidecarSubtitle[] {
  const base = path.posix.basename(videoFileName, path.posix.extname(videoFileName));
  const found: SidecarSubtitle[] = [];
  for (const name of [...names].sort()) {
    const ext = path.posix.extname(name).toLowerCase();
    if ((ext !== '.srt' && ext !== '.vtt') || !name.startsWith(`${base}.`)) continue;
    const tags = name.length === base.length + ext.length ? [] : name.slice(base.length + 1, name.length - ext.length).split('.');
    if (tags.some((t) => t === '')) continue;
    found.push({
      fileName: name,
      format: ext === '.srt' ? 'srt' : 'webvtt',
      language: tags.length > 0 && LANGUAGE.test(tags[0]) ? tags[0] : null,
      tags: tags.length > 0 ? tags.join(' ') : null,
    });
  }
  return found;
}
