// The names of a ZIP's entries: each original's own file name (the basename of its path in the
// library, never anything from the request), made safe to unpack on any system, and made unique
// the way a desktop does it (`IMG_1.jpg`, `IMG_1 (2).jpg`). Unique ignoring case: Windows and
// macOS unpack onto case-insensitive file systems, where `a.jpg` would overwrite `A.JPG`.
import path from 'node:path';

const UNSAFE = /[\u0000-\u001f\u007f<>:"/\\|?*]/g;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\.|$)/i;
/** Names stay well under every file system's 255-byte limit, with room for ` (12345)`. */
const MAX_NAME_CHARS = 200;

/** One file name with no folder, no `..`, no character Windows refuses, and never empty. */
export function safeEntryName(fileName: string): string {
  let name = path.posix.basename(fileName.replace(/\\/g, '/')).normalize('NFC').replace(UNSAFE, '_');
  // Windows drops trailing dots and spaces, which would make two names one.
  name = name.replace(/[. ]+$/, '').trimStart();
  if (WINDOWS_RESERVED.test(name)) name = `_${name}`;
  if ([...name].length > MAX_NAME_CHARS) name = shorten(name);
  return name === '' ? 'file' : name;
}

function shorten(name: string): string {
  const ext = path.posix.extname(name).slice(0, 16);
  return [...name.slice(0, name.length - ext.length)].slice(0, MAX_NAME_CHARS - ext.length).join('') + ext;
}

/**
 * Safe, unique names for the files, in their order; `reserved` names (a note file) are taken
 * first. `IMG_1.jpg` twice becomes `IMG_1.jpg` and `IMG_1 (2).jpg`.
 */
export function uniqueEntryNames(fileNames: readonly string[], reserved: readonly string[] = []): string[] {
  const taken = new Set(reserved.map((n) => n.toLowerCase()));
  return fileNames.map((fileName) => {
    const name = safeEntryName(fileName);
    const ext = path.posix.extname(name);
    const stem = name.slice(0, name.length - ext.length);
    let candidate = name;
    for (let n = 2; taken.has(candidate.toLowerCase()); n += 1) candidate = `${stem} (${n})${ext}`;
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}
