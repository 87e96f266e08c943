// Reads a Kodi/Jellyfin .nfo sidecar (https://kodi.wiki/view/NFO_files/Movies, …/Episodes,
// …/Music_videos; Jellyfin reads the same XML) into the few values Shoebox keeps. Pure: the
// caller reads the bytes. A file that is not such XML answers a warning, never an exception,
// because a broken sidecar must not fail its video's ingest.
//
// Safety: the file comes from the user's folder, so it is untrusted XML. fast-xml-parser never
// fetches anything from outside; on top of that a document that declares entities (<!ENTITY,
// the "billion laughs" bomb and every external-entity trick) is refused before parsing: real
// .nfo files never declare any. Only XML's five predefined entities and numeric references
// are decoded.
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** Bigger than any real .nfo (they are a few KB, with a long plot tens of KB). */
export const NFO_MAX_BYTES = 1024 * 1024;

const MAX_NAME = 200;
const MAX_TITLE = 500;
const MAX_PLOT = 20_000;
const MAX_LINKS = 200;

export type NfoKind = 'movie' | 'episode' | 'musicvideo';

export interface NfoActor {
  name: string;
  role: string | null;
  order: number | null;
}

export interface NfoData {
  kind: NfoKind;
  title: string | null;
  /** <plot>, else <outline>. */
  description: string | null;
  /** YYYY-MM-DD from <premiered>, <aired> or <releasedate> (in that order). */
  releaseDate: string | null;
  /** <year> alone sets no date (1 January would be a guess); kept for the report. */
  year: number | null;
  studio: string | null;
  actors: NfoActor[];
  /** <genre> and <tag>, both become tags (deduplicated, case-insensitive). */
  tags: string[];
  /** An episode's show, season and number: reported, not stored (they are not tags). */
  episode: { show: string | null; season: number | null; episode: number | null } | null;
}

export type NfoParse = { ok: true; nfo: NfoData } | { ok: false; warning: string };

const ROOTS: Record<string, NfoKind> = { movie: 'movie', episodedetails: 'episode', musicvideo: 'musicvideo' };

const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true,
  processEntities: { enabled: true, maxEntityCount: 0, maxTotalExpansions: 10_000, maxExpandedLength: 2 * NFO_MAX_BYTES },
  htmlEntities: false,
  isArray: (name) => ['actor', 'genre', 'tag', 'studio', 'episodedetails'].includes(name),
});

export function parseNfo(bytes: Buffer): NfoParse {
  if (bytes.length > NFO_MAX_BYTES) return { ok: false, warning: `The .nfo is larger than ${NFO_MAX_BYTES / 1024 / 1024} MB; it was not read.` };
  let text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  if (/<!ENTITY/i.test(text)) return { ok: false, warning: 'The .nfo declares XML entities; it was not read.' };
  const root = /<(movie|episodedetails|musicvideo)[\s>]/i.exec(text);
  if (!root) return { ok: false, warning: 'The .nfo is not a Kodi movie, episode or music video description; it was not read.' };
  // Kodi allows a URL line after the XML ("combination" nfo), and several <episodedetails> for a
  // multi-episode file: keep the first root element only.
  const rootName = root[1].toLowerCase();
  const close = text.toLowerCase().indexOf(`</${rootName}>`, root.index);
  if (close < 0) return { ok: false, warning: 'The .nfo is not well-formed XML; it was not read.' };
  text = text.slice(0, close + rootName.length + 3);
  if (XMLValidator.validate(text) !== true) return { ok: false, warning: 'The .nfo is not well-formed XML; it was not read.' };
  let doc: Record<string, unknown>;
  try {
    doc = parser.parse(text) as Record<string, unknown>;
  } catch {
    return { ok: false, warning: 'The .nfo could not be read as XML.' };
  }
  const rawNode = doc[rootName];
  const node = (Array.isArray(rawNode) ? rawNode[0] : rawNode) as Record<string, unknown> | undefined;
  const n = typeof node === 'object' && node !== null ? node : {};
  const kind = ROOTS[rootName];
  const year = int(n.year);
  return {
    ok: true,
    nfo: {
      kind,
      title: str(n.title, MAX_TITLE),
      description: str(n.plot, MAX_PLOT) ?? str(n.outline, MAX_PLOT),
      releaseDate: date(n.premiered) ?? date(n.aired) ?? date(n.releasedate),
      year: year !== null && year > 1800 && year < 3000 ? year : null,
      studio: list(n.studio).map((s) => str(s, MAX_NAME)).find((s) => s !== null) ?? null,
      actors: actors(n.actor),
      tags: unique([...list(n.genre).flatMap((g) => String(textOf(g) ?? '').split(' / ')), ...list(n.tag)].map((t) => str(t, MAX_NAME))),
      episode: kind === 'episode' ? { show: str(n.showtitle, MAX_TITLE), season: int(n.season), episode: int(n.episode) } : null,
    },
  };
}

function textOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  // <title lang="en">x</title> with attributes ignored is a string; a node with children is not text.
  if (value && typeof value === 'object' && '#text' in value) return String((value as Record<string, unknown>)['#text']);
  return null;
}

/** Trimmed text cut at `max`; names and titles on one line, a plot keeps its line breaks. */
function str(value: unknown, max: number): string | null {
  const raw = textOf(value);
  const text = max === MAX_PLOT ? raw?.replace(/\r\n?/g, '\n').trim() : raw?.replace(/\s+/g, ' ').trim();
  return text ? text.slice(0, max) : null;
}

function int(value: unknown): number | null {
  const text = textOf(value)?.trim();
  return text && /^\d{1,6}$/.test(text) ? Number(text) : null;
}

/** A real calendar date, YYYY-MM-DD (Kodi writes exactly that); anything else is ignored. */
function date(value: unknown): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(textOf(value)?.trim() ?? '');
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (d.getUTCFullYear() !== Number(m[1]) || d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3])) return null;
  return Number(m[1]) < 1800 ? null : `${m[1]}-${m[2]}-${m[3]}`;
}

function list(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]).slice(0, MAX_LINKS);
}

function unique(names: (string | null)[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const name of names) {
    if (!name || seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    out.push(name);
  }
  return out.slice(0, MAX_LINKS);
}

/** Actors by <order> when given (Kodi's billing), else as written; one entry per name. */
function actors(value: unknown): NfoActor[] {
  const all = list(value).flatMap((a, index) => {
    if (!a || typeof a !== 'object') return [];
    const node = a as Record<string, unknown>;
    const name = str(node.name, MAX_NAME);
    return name ? [{ name, role: str(node.role, MAX_NAME), order: int(node.order), index }] : [];
  });
  all.sort((x, y) => (x.order ?? Number.MAX_SAFE_INTEGER) - (y.order ?? Number.MAX_SAFE_INTEGER) || x.index - y.index);
  const seen = new Set<string>();
  return all.filter((a) => !seen.has(a.name.toLowerCase()) && seen.add(a.name.toLowerCase())).map(({ name, role, order }) => ({ name, role, order }));
}
