// Turns what ffprobe/ffmpeg wrote on stderr into a sentence an admin understands: "ffprobe
// failed (exit code 1)" says nothing, "moov atom not found" says it only to specialists. The
// raw stderr still travels with the failure report for whoever wants the details.

const EXPLANATIONS: [RegExp, string][] = [
  [/moov atom not found/i, 'the video’s index is missing — the file is probably cut short (an unfinished copy or upload)'],
  [/partial file|End of file|error reading header|Truncat/i, 'the video ends early — the file is probably cut short (an unfinished copy or upload)'],
  [/Permission denied/i, 'permission denied: Shoebox cannot read this file'],
  [/No such file or directory/i, 'the file disappeared while it was being read'],
  [/does not contain any stream|Output file #0 does not contain/i, 'the file holds no video stream'],
  [/Invalid NAL unit|error while decoding|corrupt|decode_slice_header|concealing \d+ .*errors/i, 'the video data is damaged (the decoder met corrupt frames)'],
  [/Invalid data found when processing input|could not find codec parameters|Unknown format/i, 'this is not a video format ffmpeg knows, or its data is damaged'],
];

/** The last line worth reading, without the demuxer's "[mov,mp4 @ 0x…]" tag or the file's path. */
function lastLine(stderr: string, paths: string[]): string | null {
  const lines = stderr
    .split('\n')
    .map((line) => paths.reduce((l, p) => l.split(p).join('the file'), line.replace(/^\[[^\]]*@ 0x[0-9a-f]+\]\s*/i, '')).trim())
    .filter((line) => line.length > 0);
  const last = lines.at(-1);
  return last ? last.slice(0, 300) : null;
}

/**
 * A readable reason for a failed run. `why` is "exit code 1" or "timed out after 60 s"; `args`
 * are the tool's arguments, from which file paths are kept out of the sentence.
 */
export function explainToolFailure(command: string, stderr: string, why: string, args: string[] = []): string {
  if (why.startsWith('timed out')) return `${command} ${why} on this file`;
  const known = EXPLANATIONS.find(([pattern]) => pattern.test(stderr));
  if (known) return known[1];
  const said = lastLine(stderr, args.filter((a) => a.includes('/')));
  return said ? `${command} said: ${said}` : `${command} failed (${why})`;
}
