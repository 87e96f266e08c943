// The metric names a PromQL expression selects: what is left once strings, label matchers,
// ranges, `by (…)`-style label lists, function names and numbers are taken away. Histogram
// series keep their suffix (`…_bucket`), which is the name of the sample a scrape must carry.
const LABEL_LISTS = /\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g;
const KEYWORDS = new Set(['by', 'without', 'on', 'ignoring', 'group_left', 'group_right', 'bool', 'and', 'or', 'unless', 'offset', 'inf', 'nan']);
// A whole identifier (nothing of a number or a longer name before or after it) not followed by "(".
const IDENTIFIER = /(?<![\w:.$])([a-zA-Z_:][a-zA-Z0-9_:]*)(?![\w:]|\s*\()/g;

export function metricNamesOf(expr: string): string[] {
  const bare = expr
    .replace(/"(?:[^"\\]|\\.)*"/g, '""')
    .replace(/\{[^}]*\}/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(LABEL_LISTS, ' ');
  return [...new Set([...bare.matchAll(IDENTIFIER)].map((m) => m[1]).filter((name) => !KEYWORDS.has(name.toLowerCase())))];
}
