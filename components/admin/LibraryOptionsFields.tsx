// Globs, schedule and watch: the same fields when adding a library and when editing one.
const lines = (v: string[]) => v.join('\n');

export interface LibraryOptions {
  includeGlobs: string[];
  excludeGlobs: string[];
  scanSchedule: string | null;
  watch: boolean;
}

export function readLibraryOptions(form: FormData): LibraryOptions {
  const list = (name: string) =>
    String(form.get(name) ?? '')
      .split('\n')
      .map((s) => s.trim())
      .filter(Boolean);
  const schedule = String(form.get('scanSchedule') ?? '').trim();
  return { includeGlobs: list('includeGlobs'), excludeGlobs: list('excludeGlobs'), scanSchedule: schedule || null, watch: form.get('watch') === 'on' };
}

export function LibraryOptionsFields({ defaults, errors }: { defaults: LibraryOptions; errors: Record<string, string[]> }) {
  const input = 'w-full rounded-md border border-neutral-700 bg-neutral-950 px-3 py-2 font-mono text-sm';
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <label className="text-sm">
        <span className="mb-1 block text-neutral-300">Include (globs, one per line; empty = everything)</span>
        <textarea name="includeGlobs" rows={3} defaultValue={lines(defaults.includeGlobs)} className={input} />
        {errors.includeGlobs && <span className="text-red-400">{errors.includeGlobs[0]}</span>}
      </label>
      <label className="text-sm">
        <span className="mb-1 block text-neutral-300">Exclude (globs, one per line)</span>
        <textarea name="excludeGlobs" rows={3} defaultValue={lines(defaults.excludeGlobs)} className={input} />
        {errors.excludeGlobs && <span className="text-red-400">{errors.excludeGlobs[0]}</span>}
      </label>
      <label className="text-sm">
        <span className="mb-1 block text-neutral-300">Scan schedule (cron, server time; empty = manual only)</span>
        <input name="scanSchedule" defaultValue={defaults.scanSchedule ?? ''} placeholder="0 3 * * *" className={input} />
        {errors.scanSchedule && <span className="text-red-400">{errors.scanSchedule[0]}</span>}
      </label>
      <label className="flex items-center gap-2 self-end text-sm">
        <input type="checkbox" name="watch" defaultChecked={defaults.watch} />
        <span className="text-neutral-300">Watch the folder and scan when files change</span>
      </label>
    </div>
  );
}
