// A container's chapters as ffprobe lists them, read from the descriptor ingest opened: real
// corpus files (Matroska and MP4), and what a broken or hostile list becomes.
import { open } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { corpusPath } from '@/tests/support/corpus';
import { MAX_FILE_CHAPTERS, parseFfprobeChapters, probeChapters } from './probe-chapters';
import { probeVideo } from './probe-video';

async function withFile<T>(name: string, read: (fd: number) => Promise<T>): Promise<T> {
  const handle = await open(corpusPath('videos/androidx', name));
  try {
    return await read(handle.fd);
  } finally {
    await handle.close();
  }
}

describe('probeChapters', () => {
  it('reads Matroska and MP4 chapters, and probeVideo gives the same in its one run', async () => {
    const mkv = [{ seconds: 0, title: 'Chapter 1' }, { seconds: 2, title: 'Chapter 2' }];
    const mp4 = [{ seconds: 0, title: 'Chapter 1' }, { seconds: 0.201, title: 'Chapter 2' }, { seconds: 0.8, title: 'Chapter 3' }];
    expect(await withFile('mkv_sample_with_chapters.mkv', probeChapters)).toEqual(mkv);
    expect(await withFile('mp4_sample_with_chapters.mp4', probeChapters)).toEqual(mp4);
    expect((await withFile('mp4_sample_with_chapters.mp4', probeVideo)).chapters).toEqual(mp4);
    expect(await withFile('mp4_sample.mp4', probeChapters)).toEqual([]);
  });
});

describe('parseFfprobeChapters', () => {
  it('numbers untitled chapters, trims and bounds titles, drops unreadable times, clamps negative ones, sorts', () => {
    expect(
      parseFfprobeChapters([
        { start_time: '12.5', tags: { title: '  Ending  ' } },
        { start_time: 'N/A', tags: { title: 'No time' } },
        { start_time: '-0.04' },
        { start_time: '3', tags: { title: 'x'.repeat(300) } },
      ]),
    ).toEqual([
      { seconds: 0, title: 'Chapter 3' },
      { seconds: 3, title: 'x'.repeat(200) },
      { seconds: 12.5, title: 'Ending' },
    ]);
  });

  it(`keeps at most ${MAX_FILE_CHAPTERS} chapters of a file`, () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({ start_time: String(i) }));
    expect(parseFfprobeChapters(many)).toHaveLength(MAX_FILE_CHAPTERS);
  });
});
