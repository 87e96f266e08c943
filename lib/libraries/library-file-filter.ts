// A library's include/exclude globs, matched against paths relative to its root. An empty
// include list means every supported file. Hidden files are skipped by the walk itself.
import picomatch from 'picomatch';

export interface LibraryGlobs {
  includeGlobs: string[];
  excludeGlobs: string[];
}

export function libraryFileFilter({ includeGlobs, excludeGlobs }: LibraryGlobs): (relPath: string) => boolean {
  const options = { dot: false, nocase: false, basename: false };
  const included = includeGlobs.length ? picomatch(includeGlobs, options) : () => true;
  // `*.tmp` written without a folder should match at any depth, as people expect.
  const excluded = excludeGlobs.length ? picomatch(excludeGlobs.map(anyDepth), options) : () => false;
  return (relPath) => included(relPath) && !excluded(relPath);
}

/** No include or exclude globs: every file the walk finds is taken, and no path need be matched. */
export function keepsEveryFile({ includeGlobs, excludeGlobs }: LibraryGlobs): boolean {
  return includeGlobs.length === 0 && excludeGlobs.length === 0;
}

function anyDepth(glob: string): string {
  return glob.includes('/') ? glob : `**/${glob}`;
}

export const DEFAULT_EXCLUDE_GLOBS = ['**/@eaDir/**', '**/#recycle/**', '**/.thumbnails/**', '*.tmp', '*.part'];
