// A file that cannot become a picture. `reason` is short and readable: it is shown to the
// admin next to the file; `message` may carry the decoder's own words for the log.
export class MediaError extends Error {
  constructor(
    message: string,
    readonly reason: string,
  ) {
    super(message);
    this.name = 'MediaError';
  }
}
