// A saved frame is named after its video and the time it shows; the download header carries
// any name safely (ASCII fallback, RFC 5987 for the rest).
import { describe, expect, it } from 'vitest';
import { attachment } from './content-disposition';
import { frameFileName } from './frame-file-name';

describe('frameFileName', () => {
  it('names the video without its extension, then minutes and seconds (hours past an hour)', () => {
    expect(frameFileName('holidays/2024/beach.mp4', 75.9)).toBe('beach-01-15.jpg');
    expect(frameFileName('clip.mkv', 0)).toBe('clip-00-00.jpg');
    expect(frameFileName('long.film.webm', 3723.2)).toBe('long.film-1-02-03.jpg');
  });
});

describe('attachment', () => {
  it('keeps a plain name as it is', () => {
    expect(attachment('beach-01-15.jpg')).toBe(`attachment; filename="beach-01-15.jpg"; filename*=UTF-8''beach-01-15.jpg`);
  });

  it('gives a non-ASCII name an ASCII fallback and the UTF-8 name percent-encoded, quotes and RFC 5987 specials included', () => {
    const header = attachment(`Café "l'été" (1)*.jpg`);
    expect(header).toBe(`attachment; filename="Caf_ _l'_t__ (1)*.jpg"; filename*=UTF-8''Caf%C3%A9%20%22l%27%C3%A9t%C3%A9%22%20%281%29%2A.jpg`);
    const encoded = /filename\*=UTF-8''(.*)$/.exec(header)![1];
    expect(decodeURIComponent(encoded)).toBe(`Café "l'été" (1)*.jpg`);
    expect(encoded).toMatch(/^[A-Za-z0-9!#$&+.^_`|~%-]+$/); // RFC 5987 attr-chars and %XX only
  });
});
