// The one search box: dates people type ("2019", "december 2018", "dec 2018", "summer",
// "summer 2019", "2019-07", "last year", "this year") become a date condition on the local wall
// clock; what is left are words, matched literally and (with CLIP) by meaning. Seasons are the
// northern hemisphere's meteorological ones (summer = June–August); "winter 2019" is December 2019
// to February 2020. Small joining words ("in", "from", "of"…) are dropped: "dogs in summer 2019"
// must not ask every file to contain "in".

/** A date condition: an interval [from, to) of local days and/or months of any year. */
export interface DateCondition {
  /** Inclusive, YYYY-MM-DD. */
  from?: string;
  /** Exclusive, YYYY-MM-DD. */
  to?: string;
  /** Months 1–12 of any year (a season or month named without a year). */
  months?: number[];
  /** How the box was understood, for the page ("summer 2019"). */
  label: string;
}

export interface ParsedSearchQuery {
  words: string[];
  date: DateCondition | null;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const SEASONS: Record<string, number[]> = { spring: [3, 4, 5], summer: [6, 7, 8], autumn: [9, 10, 11], fall: [9, 10, 11], winter: [12, 1, 2] };
const STOP_WORDS = new Set(['in', 'on', 'at', 'of', 'from', 'during', 'the', 'a', 'an', 'and', 'with', 'photos', 'photo', 'pictures', 'picture', 'videos', 'video']);

function monthOf(token: string): number | null {
  if (token.length < 3) return null;
  const i = MONTHS.findIndex((m) => m === token || (m.startsWith(token) && token.length >= 3 && (token.length === 3 || token === 'sept')));
  return i < 0 ? null : i + 1;
}

const pad = (n: number) => String(n).padStart(2, '0');
const day = (year: number, month: number) => (month > 12 ? `${year + 1}-01-01` : `${String(year).padStart(4, '0')}-${pad(month)}-01`);
const isYear = (token: string) => /^\d{4}$/.test(token) && Number(token) >= 1800 && Number(token) <= 2200;
const title = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function parseSearchQuery(q: string, today: Date = new Date()): ParsedSearchQuery {
  const tokens = q.toLowerCase().normalize('NFC').split(/[\s,]+/).filter(Boolean);
  let year: number | null = null;
  let month: number | null = null;
  let season: string | null = null;
  let yearMonth: [number, number] | null = null;
  const words: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const next = tokens[i + 1];
    const ym = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(token);
    if (ym && isYear(ym[1]) && !yearMonth) yearMonth = [Number(ym[1]), Number(ym[2])];
    else if ((token === 'last' || token === 'this') && next === 'year' && year === null) {
      year = today.getUTCFullYear() - (token === 'last' ? 1 : 0);
      i++;
    } else if (isYear(token) && year === null) year = Number(token);
    else if (monthOf(token) !== null && month === null && season === null) month = monthOf(token);
    else if (token in SEASONS && season === null && month === null) season = token;
    else if (!STOP_WORDS.has(token)) words.push(token);
  }
  return { words, date: dateCondition(yearMonth, year, month, season) };
}

function dateCondition(yearMonth: [number, number] | null, year: number | null, month: number | null, season: string | null): DateCondition | null {
  if (yearMonth) {
    const [y, m] = yearMonth;
    return { from: day(y, m), to: day(y, m + 1), label: `${title(MONTHS[m - 1])} ${y}` };
  }
  if (month !== null) {
    const label = title(MONTHS[month - 1]);
    return year === null ? { months: [month], label } : { from: day(year, month), to: day(year, month + 1), label: `${label} ${year}` };
  }
  if (season !== null) {
    const months = SEASONS[season];
    if (year === null) return { months, label: title(season) };
    // Winter runs into the next year: winter 2019 is December 2019 to February 2020.
    const first = months[0];
    const endYear = first === 12 ? year + 1 : year;
    const endMonth = months[months.length - 1] + 1;
    return { from: day(year, first), to: day(endYear, endMonth), label: `${title(season)} ${year}` };
  }
  if (year !== null) return { from: day(year, 1), to: day(year + 1, 1), label: String(year) };
  return null;
}
