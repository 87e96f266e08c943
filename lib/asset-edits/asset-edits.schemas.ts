// Manual date edits (Immich's "Change date"): the owner sets one wall-clock date and time (with
// an optional UTC offset) on one or many photos and videos, or shifts them all by the same
// amount (a camera clock an hour off). Stored in the database with the file's own date kept
// aside (asset_date_edits), never written to the file; "Revert" puts the file's date back.
import { z } from 'zod';

/** The years a date may be set to or shifted into. */
export const MIN_YEAR = 1800;
export const MAX_YEAR = 2100;
/** The widest UTC offset in use (Kiribati's +14:00; -12:00 the other way, ±14:00 allowed). */
export const MAX_OFFSET_MINUTES = 14 * 60;
/** The farthest shift: the whole range of years allowed. */
const MAX_SHIFT_MINUTES = (MAX_YEAR - MIN_YEAR + 1) * 366 * 24 * 60;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Why a wall-clock date-time is not a real one, in words; null when it is. */
export function wallClockProblem(y: number, mo: number, d: number, h: number, mi: number, s: number): string | null {
  if (y < MIN_YEAR || y > MAX_YEAR) return `Choose a year from ${MIN_YEAR} to ${MAX_YEAR}.`;
  if (mo < 1 || mo > 12) return `${pad(mo)} is not a month: choose 01 to 12.`;
  const days = daysIn(y, mo);
  if (d < 1 || d > days) return `${y}-${pad(mo)}-${pad(d)} is not a date: ${MONTHS[mo - 1]} ${y} has ${days} days.`;
  if (h > 23 || mi > 59 || s > 59) return `${pad(h)}:${pad(mi)}:${pad(s)} is not a time of day.`;
  return null;
}

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;

/** A wall-clock date and time with no zone, as the camera shows it: 2024-05-01T14:30(:00). */
export const wallClockSchema = z
  .string()
  .trim()
  .regex(WALL_CLOCK, 'A date and time like 2024-05-01T14:30.')
  .transform((value, ctx) => {
    const [y, mo, d, h, mi, s = 0] = WALL_CLOCK.exec(value)!.slice(1).map((p) => (p === undefined ? 0 : Number(p)));
    const problem = wallClockProblem(y, mo, d, h, mi, s);
    if (problem) {
      ctx.addIssue({ code: 'custom', message: problem });
      return z.NEVER;
    }
    return `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}`;
  });

const OFFSET = /^([+-])(\d{2}):?(\d{2})$/;

/** A UTC offset, "+02:00", "-05:30" or "Z", as minutes east of UTC. */
export const offsetSchema = z
  .string()
  .trim()
  .transform((value, ctx) => {
    if (value === 'Z' || value === 'z') return 0;
    const m = OFFSET.exec(value);
    const minutes = m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : NaN;
    if (!m || Number(m[3]) > 59 || Math.abs(minutes) > MAX_OFFSET_MINUTES) {
      ctx.addIssue({ code: 'custom', message: 'An offset from UTC from -14:00 to +14:00, e.g. +02:00.' });
      return z.NEVER;
    }
    return minutes;
  });

const shiftPart = (max: number, unit: string) =>
  z.number({ error: `A whole number of ${unit}.` }).int(`A whole number of ${unit}.`).min(-max, `At most ${max} ${unit} back.`).max(max, `At most ${max} ${unit} ahead.`).default(0);

/**
 * set: one wall clock for every asset; `offset` its UTC offset, null for none known, left out
 * to keep each asset's own offset (when it has one). shift: every asset moved by the same
 * days, hours and minutes (wall clock and instant alike, so their spacing stays).
 */
export const dateChangeSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('set'), dateTime: wallClockSchema, offset: offsetSchema.nullable().optional() }).strict(),
  z
    .object({
      mode: z.literal('shift'),
      days: shiftPart(Math.floor(MAX_SHIFT_MINUTES / 1440), 'days'),
      hours: shiftPart(Math.floor(MAX_SHIFT_MINUTES / 60), 'hours'),
      minutes: shiftPart(MAX_SHIFT_MINUTES, 'minutes'),
    })
    .strict()
    .transform((s, ctx) => {
      const total = s.days * 1440 + s.hours * 60 + s.minutes;
      if (total === 0) ctx.addIssue({ code: 'custom', message: 'Say how far to shift: some days, hours or minutes.' });
      else if (Math.abs(total) > MAX_SHIFT_MINUTES) ctx.addIssue({ code: 'custom', message: `That shift leaves the years ${MIN_YEAR} to ${MAX_YEAR}.` });
      return { mode: 'shift' as const, minutes: total };
    }),
]);
export type DateChange = z.infer<typeof dateChangeSchema>;

/** PATCH /api/assets/:id/date — the change for one asset. */
export const assetDateChangeSchema = dateChangeSchema;

/** POST /api/assets/dates — the same change for many assets, all or nothing. */
export const bulkDateChangeSchema = z.object({ ids: z.array(z.uuid()).min(1).max(10_000), change: dateChangeSchema }).strict();

/** POST /api/assets/dates/revert — the assets whose file date comes back. */
export const bulkDateRevertSchema = z.object({ ids: z.array(z.uuid()).min(1).max(10_000) }).strict();

export interface DateEditResult {
  /** How many assets got the new date. */
  updated: number;
}

export interface DateRevertResult {
  /** How many had an edited date and got their file's date back (the others had none). */
  reverted: number;
}

export const dateEditResultSchema = z.object({ updated: z.number().int() }).meta({ id: 'DateEditResult' });
export const dateRevertResultSchema = z
  .object({ reverted: z.number().int().meta({ description: 'Assets whose edited date was reverted; the others had none.' }) })
  .meta({ id: 'DateRevertResult' });
