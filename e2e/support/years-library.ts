// A library deep enough to scroll into on a phone: photos over nine years, a few months a
// year, several pictures a month (each a flat colour, dated by its file time) and one long
// upright video, added once per server through the Libraries page; waits on the month
// counts, never on a timer.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, utimes } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, type Page } from '@playwright/test';
import sharp from 'sharp';
import { addBrokenFiles } from './corpus';

// [month, photos]: busy recent years, then a photo a year, whose scrubber labels crowd.
export const YEARS_MONTHS: [string, number][] = [
  ...['2024-06', '2023-11', '2023-04', '2022-09', '2022-08', '2022-03', '2021-12', '2021-05', '2020-07', '2019-10', '2019-02', '2018-08', '2017-05', '2016-12'].map((m): [string, number] => [m, 12]),
  ...['2015-03', '2014-03', '2013-03', '2012-03', '2011-03', '2010-03'].map((m): [string, number] => [m, 1]),
];
export const VIDEO_MONTH = '2022-08';

export interface Bucket {
  month: string;
  count: number;
}

export async function buckets(page: Page): Promise<Bucket[]> {
  return (await (await page.request.get('/api/timeline/buckets?view=timeline')).json()).buckets;
}

async function makeLibrary(): Promise<string> {
  const root = path.join(await mkdtemp(path.join(os.tmpdir(), 'shoebox-e2e-years-')), 'years');
  await mkdir(root);
  let n = 0;
  for (const [month, count] of YEARS_MONTHS) {
    for (let i = 0; i < count; i++) {
      const file = path.join(root, `${month}-${i}.jpg`);
      const colour = { r: (n * 71) % 256, g: (n * 37) % 256, b: (n * 113) % 256 };
      const portrait = i % 3 === 1;
      await sharp({ create: { width: portrait ? 300 : 400, height: portrait ? 400 : 300, channels: 3, background: colour } }).jpeg().toFile(file);
      const when = new Date(`${month}-${String(3 + Math.floor(i / 2) * 4).padStart(2, '0')}T12:${String(10 + i).padStart(2, '0')}:00Z`);
      await utimes(file, when, when);
      n++;
    }
  }
  // A phone video, upright and an hour long: the narrowest tile with the longest badge.
  const video = path.join(root, `${VIDEO_MONTH}-video.mp4`);
  await promisify(execFile)('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', 'color=c=teal:s=90x160:r=1:d=3700', '-c:v', 'libx264', '-pix_fmt', 'yuv420p', video]);
  const when = new Date(`${VIDEO_MONTH}-28T12:00:00Z`);
  await utimes(video, when, when);
  await addBrokenFiles(root); // what a real folder also holds: files that cannot be shown
  return root;
}

export async function ensureYearsLibrary(page: Page): Promise<void> {
  const ready = async () => {
    const counts = new Map((await buckets(page)).map((b) => [b.month, b.count]));
    return YEARS_MONTHS.every(([m, n]) => (counts.get(m) ?? 0) >= n + (m === VIDEO_MONTH ? 1 : 0));
  };
  if (await ready()) return;
  const root = await makeLibrary();
  await page.goto('/admin/libraries');
  const form = page.getByRole('form', { name: 'Add a library' });
  await form.getByLabel('Name').fill('Nine years');
  await form.getByLabel('Folder on the server').fill(root);
  await page.getByRole('button', { name: 'Add library' }).click();
  await expect(page.getByTestId('library').filter({ hasText: root })).toBeVisible();
  await expect.poll(ready, { timeout: 240_000, intervals: [1000] }).toBe(true);
}
