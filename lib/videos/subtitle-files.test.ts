import { describe, expect, it } from 'vitest';
import { findSidecarSubtitles, isTextSubtitle } from './subtitle-files';

describe('findSidecarSubtitles', () => {
  it('finds .srt and .vtt files with the video’s base name, with the language from the name', () => {
    const names = ['clip.mkv', 'clip.srt', 'clip.en.srt', 'clip.pt-BR.forced.vtt', 'clip.notes.txt', 'clipper.srt', 'other.srt', 'clip..srt', 'CLIP.srt'];
    expect(findSidecarSubtitles('clip.mkv', names)).toEqual([
      { fileName: 'clip.en.srt', format: 'srt', language: 'en', tags: 'en' },
      { fileName: 'clip.pt-BR.forced.vtt', format: 'webvtt', language: 'pt-BR', tags: 'pt-BR forced' },
      { fileName: 'clip.srt', format: 'srt', language: null, tags: null },
    ]);
  });

  it('takes a base name with dots in it whole', () => {
    expect(findSidecarSubtitles('2024.06.01 party.mp4', ['2024.06.01 party.de.srt', '2024.06.01.srt']).map((s) => s.fileName)).toEqual(['2024.06.01 party.de.srt']);
  });
});

describe('isTextSubtitle', () => {
  it('accepts text formats and refuses bitmap ones', () => {
    expect(['subrip', 'ass', 'ssa', 'mov_text', 'webvtt'].every(isTextSubtitle)).toBe(true);
    expect(['dvd_subtitle', 'hdmv_pgs_subtitle', 'dvb_subtitle'].some(isTextSubtitle)).toBe(false);
  });
});
