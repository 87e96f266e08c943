// Downloading a selection as one ZIP, as a user does it: select photos on the timeline, press
// Download; the button says "Preparing…", then the browser's own download manager gets a ZIP
// holding the originals byte for byte, two files of one name told apart. Also the selection
// bar with the button at phone and desktop widths, with no serious accessibility issue.
import { copyFile, mkdir, mkdtemp, readFile, utimes } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import yauzl from 'yauzl';
import { decodeBucket } from '../lib/timeline/bucket-wire';
import { signInAsAdmin as signIn } from './support/admin-session';
import { expectNoSeriousIssues } from './support/axe';
import { corpusDir } from './support/corpus';

// Files with the same name in two folders, dated alone in March 1999 (no other spec uses it).
const FILES: [string, string][] = [
  ['spring/DSCN0010.jpg', 'photos/orientation/Landscape_1.jpg'],
  ['autumn/DSCN0010.jpg', 'photos/orientation/Portrait_1.jpg'],
];
const MONTH = '1999-03';

async function makeFolder(): Promise<string> {
  const root = path.join(await mkdtemp(path.join(os.tmpdir(), 'shoebox-e2e-zip-')), 'zip-photos');
  for (const [i, [rel, source]] of FILES.entries()) {
    await mkdir(path.dirname(path.join(root, rel)), { recursive: true });
    await copyFile(path.join(corpusDir, source), path.join(root, rel));
    const when = new Date(`${MONTH}-1${i}T12:00:00Z`);
    await utimes(path.join(root, rel), when, when);
  }
  return root;
}

async function monthIds(page: Page): Promise<string[]> {
  const res = await page.request.get(`/api/timeline/bucket?month=${MONTH}&view=timeline`);
  return res.ok() ? decodeBucket(await res.json()).id : [];
}

function zipEntries(zip: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(zip, { lazyEntries: true }, (error, file) => {
      if (error || !file) return reject(error);
      const entries = new Map<string, Buffer>();
      file.on('end', () => resolve(entries));
      file.on('entry', (entry: yauzl.Entry) =>
        file.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c)).on('end', () => {
            entries.set(entry.fileName, Buffer.concat(chunks));
            file.readEntry();
          });
        }),
      );
      file.readEntry();
    });
  });
}

test('select two photos, press Download: the browser saves a ZIP of the originals', async ({ page }) => {
  await signIn(page);
  if ((await monthIds(page)).length < FILES.length) {
    const root = await makeFolder();
    await page.goto('/admin/libraries');
    await page.getByRole('form', { name: 'Add a library' }).getByLabel('Name').fill('Zip photos');
    await page.getByRole('form', { name: 'Add a library' }).getByLabel('Folder on the server').fill(root);
    await page.getByRole('button', { name: 'Add library' }).click();
    await expect.poll(async () => (await monthIds(page)).length, { timeout: 180_000, intervals: [1000] }).toBe(FILES.length);
  }
  const ids = await monthIds(page);

  for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
    await page.setViewportSize(viewport);
    await page.goto('/');
    const header = page.locator(`[data-testid="month-header"][data-month="${MONTH}"]`);
    for (let i = 0; i < 80 && !(await header.count()); i++) {
      await page.getByTestId('timeline').hover();
      await page.mouse.wheel(0, 1500);
    }
    for (const id of ids) {
      const tile = page.locator(`[data-testid="tile"]:has(img[data-asset-id="${id}"])`);
      await tile.scrollIntoViewIfNeeded();
      await tile.hover();
      await tile.getByRole('button', { name: /^Select / }).click();
    }
    await expect(page.getByTestId('selected-count')).toHaveText('2 selected');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('Shoebox - 2 items.zip');
    const saved = path.join(await mkdtemp(path.join(os.tmpdir(), 'shoebox-e2e-zip-saved-')), 'x.zip');
    await file.saveAs(saved);
    expect(await file.failure()).toBeNull();
    const entries = await zipEntries(await readFile(saved));
    expect([...entries.keys()].sort()).toEqual(['DSCN0010 (2).jpg', 'DSCN0010.jpg']);
    const originals = await Promise.all(FILES.map(([, source]) => readFile(path.join(corpusDir, source))));
    for (const bytes of entries.values()) expect(originals.some((o) => o.equals(bytes))).toBe(true);
    await expect(page.getByRole('status').filter({ hasText: 'Downloading 2 files' })).toBeVisible();
    await page.screenshot({ path: `/work/shots/zip-selection-${viewport.width}.png` });
    await expectNoSeriousIssues(page, 'timeline with the download button');
  }
});
