// Times written in a comment ("at 12:34", "1:02:03") become buttons that seek the player.
// The text is split into plain pieces and time pieces; the page renders both as React text,
// never as HTML, so a comment cannot inject markup.

export type CommentPiece = { kind: 'text'; text: string } | { kind: 'time'; text: string; seconds: number };

// h:mm:ss or m:ss / mm:ss, not glued to other digits or colons (so "2024:12:31" or "10:30:45:00"
// are left alone). Minutes and seconds below 60 when hours are written; a bare m:ss may run
// past 59 minutes ("75:20" is 1:15:20, the way people write long videos).
const TIME = /(?<![\d:])(?:(\d{1,2}):([0-5]\d):([0-5]\d)|(\d{1,3}):([0-5]\d))(?![\d:])/g;

/** `maxSeconds`: times past the end of the video stay plain text (when the length is known). */
export function splitTimeLinks(text: string, maxSeconds?: number | null): CommentPiece[] {
  const pieces: CommentPiece[] = [];
  let last = 0;
  for (const m of text.matchAll(TIME)) {
    const seconds = m[1] !== undefined ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) : Number(m[4]) * 60 + Number(m[5]);
    if (maxSeconds != null && seconds > maxSeconds) continue;
    if (m.index > last) pieces.push({ kind: 'text', text: text.slice(last, m.index) });
    pieces.push({ kind: 'time', text: m[0], seconds });
    last = m.index + m[0].length;
  }
  if (last < text.length) pieces.push({ kind: 'text', text: text.slice(last) });
  return pieces;
}
