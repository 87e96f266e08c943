// Originals carry their EXIF (GPS position, camera, time) inside the file: a link that allowed
// downloads while hiding metadata would hand out the very GPS it claims to hide. Shoebox refuses
// that combination outright (422) rather than quietly serving no originals.
import { AppError } from '@/lib/server/errors';

export function assertDownloadShowsMetadata(options: { allowDownload: boolean; showMetadata: boolean }): void {
  if (options.allowDownload && !options.showMetadata) {
    throw new AppError(
      'validation_failed',
      'Downloads need "Show metadata": original files carry their GPS position and camera details inside them.',
      { fieldErrors: { allowDownload: ['Turn on showMetadata to allow downloads.'] } },
    );
  }
}
