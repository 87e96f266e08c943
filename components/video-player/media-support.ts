// What the browser can do with video, and what a media error means in plain words.

/** The server plays HEVC directly only when asked (Debian's Chromium has no HEVC decoder). */
export function supportsHevc(): boolean {
  return typeof MediaSource !== 'undefined' && MediaSource.isTypeSupported('video/mp4; codecs="hvc1.1.6.L93.B0"');
}

export function describeMediaError(error: MediaError | null): string {
  if (error?.code === MediaError.MEDIA_ERR_NETWORK) return 'The connection to Shoebox broke while loading the video.';
  if (error?.code === MediaError.MEDIA_ERR_DECODE) return 'The browser could not decode this video.';
  return 'The video could not be loaded. Shoebox may be busy converting other videos; try again in a moment.';
}
