// When ffprobe cannot read a video, the reason an admin reads says what is wrong with the file
// in plain words, not "ffprobe failed (exit code 1)". Real ffprobe over cut-short corpus copies.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusPath } from '@/tests/support/corpus';
import { probeVideo } from './probe-video';
import { ToolError } from './run-tool';

const dir = mkdtempSync(path.join(os.tmpdir(), 'shoebox-probe-'));

/** A copy of a corpus video holding only its first `bytes` bytes, as an interrupted copy leaves it. */
function cutShort(name: string, bytes: number): string {
  const file = path.join(dir, `cut-${bytes}-${name}`);
  writeFileSync(file, readFileSync(corpusPath('videos/androidx', name)).subarray(0, bytes));
  return file;
}

/** probeVideo reads from a descriptor, as ingest hands it the one openLibraryFile checked. */
async function probeFile(file: string) {
  const handle = await open(file);
  try {
    return await probeVideo(handle.fd);
  } finally {
    await handle.close();
  }
}

async function probeFailure(file: string): Promise<ToolError> {
  const error = await probeFile(file).then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ToolError);
  return error as ToolError;
}

describe('probeVideo on broken files', () => {
  it('reads a whole corpus video', async () => {
    const probe = await probeFile(corpusPath('videos/androidx/mp4_sample_with_color_info.mp4'));
    expect(probe.width).toBeGreaterThan(0);
  });

  it('says the index is missing and the file is probably cut short, for an MP4 whose index was at the end', async () => {
    const error = await probeFailure(cutShort('mp4_sample_with_color_info.mp4', 20_000));
    expect(error.message).toBe('the video’s index is missing — the file is probably cut short (an unfinished copy or upload)');
    expect(error.stderr).toMatch(/moov atom not found/); // the tool's own words stay in the report
  });

  it('says the file ends early for an MP4 cut inside its header', async () => {
    const error = await probeFailure(cutShort('mp4_sample.mp4', 2_000));
    expect(error.message).toMatch(/^the video ends early — the file is probably cut short/);
  });

  it('says a text file is not a video format, without echoing the file path', async () => {
    const file = path.join(dir, 'notes.mp4');
    writeFileSync(file, 'shopping list\n');
    const error = await probeFailure(file);
    expect(error.message).toMatch(/^(this is not a video format ffmpeg knows|the video’s index is missing)/);
    expect(error.message).not.toContain(dir);
  });
});
