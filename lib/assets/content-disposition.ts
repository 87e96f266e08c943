// `Content-Disposition: attachment` with a file name every browser reads: an ASCII fallback in
// `filename` (anything else, quotes and backslashes become '_') and the real name in RFC 5987's
// `filename*=UTF-8''…` (percent-encoded beyond RFC 5987's attr-chars, so ' ( ) * are encoded too).
export function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
