// One folder's known files, as PostgreSQL packed them (known-files.queries.ts): a line per
// file — its name, ended by '/' (which no name can hold), its backslashes and line breaks
// escaped (\\, \n); then size, mtime in ms and status (empty for 'online') — within a larger
// text, and the Live Photo videos recorded in the folder. Only the names are read up front; a
// file's figures are read off its line when the scan asks, so a rescan makes no object per
// unchanged file.
import type { AssetStatus } from '@/lib/server/generated/prisma/enums';
import type { MotionFile } from './pair-live-photos';

export interface PackedFolder {
  text: string;
  /** The folder's lines are text[start, end). */
  start: number;
  end: number;
  /** Whether the text holds a backslash: then names may need unescaping. */
  hasEscapes: boolean;
  motions: ReadonlyMap<string, MotionFile>;
}

export interface KnownFile {
  size: number;
  mtimeMs: number;
  status: AssetStatus;
  /** A Live Photo's video, as the last scan recorded it. */
  motion: MotionFile | null;
}

export class KnownFolder {
  private readonly text: string;
  /** Where each name's figures start on its line. */
  private readonly lineOf = new Map<string, number>();
  private readonly motions: ReadonlyMap<string, MotionFile>;
  private cursor = 0;

  /** An empty folder when the database knows no file in it. */
  constructor(packed?: PackedFolder) {
    this.text = packed?.text ?? '';
    this.motions = packed?.motions ?? new Map();
    if (!packed) return;
    const { text, end, hasEscapes } = packed;
    for (let at = packed.start; at < end; ) {
      const nameEnd = text.indexOf('/', at);
      const name = text.slice(at, nameEnd);
      this.lineOf.set(hasEscapes ? unescapeText(name) : name, nameEnd + 1);
      const lineEnd = text.indexOf('\n', nameEnd);
      at = lineEnd === -1 ? end : lineEnd + 1;
    }
  }

  get size(): number {
    return this.lineOf.size;
  }

  has(name: string): boolean {
    return this.lineOf.has(name);
  }

  names(): IterableIterator<string> {
    return this.lineOf.keys();
  }

  /**
   * True when the file of that name is known with this size and mtime, online, with no Live
   * Photo video recorded: for a photo that has none now either, the scan has nothing to do.
   */
  isUnchangedAndPlain(name: string, size: number, mtimeMs: number): boolean {
    const at = this.lineOf.get(name);
    if (at === undefined || (this.motions.size > 0 && this.motions.has(name)) || this.integerAt(at) !== size) return false;
    if (this.integerAt(this.cursor + 1) !== Math.floor(mtimeMs)) return false;
    const next = this.text.charCodeAt(this.cursor + 1);
    return next === 10 || Number.isNaN(next); // an empty status (the line or the text ends): online
  }

  get(name: string): KnownFile | undefined {
    const at = this.lineOf.get(name);
    if (at === undefined) return undefined;
    const size = this.integerAt(at);
    const mtimeMs = this.integerAt(this.cursor + 1);
    let statusEnd = this.text.indexOf('\n', this.cursor);
    if (statusEnd === -1) statusEnd = this.text.length;
    const status = (statusEnd === this.cursor + 1 ? 'online' : this.text.slice(this.cursor + 1, statusEnd)) as AssetStatus;
    return { size, mtimeMs, status, motion: this.motions.get(name) ?? null };
  }

  /** The integer written at `at` (digits after an optional '-': a date before 1970); `cursor` is left just past it. */
  private integerAt(at: number): number {
    const text = this.text;
    const negative = text.charCodeAt(at) === 45;
    let value = 0;
    let i = negative ? at + 1 : at;
    for (let c = text.charCodeAt(i); c >= 48 && c <= 57; c = text.charCodeAt(++i)) value = value * 10 + (c - 48);
    this.cursor = i;
    return negative ? -value : value;
  }
}

/** A name or folder as it was before the packing escaped its backslashes and line breaks. */
export const unescapeText = (text: string) => text.replace(/\\(n|\\)/g, (_, c: string) => (c === 'n' ? '\n' : '\\'));
