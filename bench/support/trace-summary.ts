// Summarises a Chromium performance trace (Playwright's browser.startTracing) of the timeline:
// where the renderer's main thread spent its time (by event name, self time excluded of
// nested events), its long tasks, and the frames the compositor dropped. Used by
// bench/timeline-browser.ts --trace to show what a jump or a scroll costs.
import { readFile } from 'node:fs/promises';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: Record<string, unknown> };
}

export async function summariseTrace(file: string, label: string): Promise<string> {
  const parsed = JSON.parse(await readFile(file, 'utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const threadName = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threadName.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  const mains = new Set([...threadName].filter(([, n]) => n === 'CrRendererMain').map(([k]) => k));
  // The renderer that did the most work is the page's.
  const work = new Map<string, number>();
  for (const e of events) if (e.ph === 'X' && e.name === 'RunTask' && mains.has(`${e.pid}:${e.tid}`)) work.set(`${e.pid}:${e.tid}`, (work.get(`${e.pid}:${e.tid}`) ?? 0) + (e.dur ?? 0));
  const main = [...work].sort((a, b) => b[1] - a[1])[0]?.[0];
  const onMain = events.filter((e) => e.ph === 'X' && `${e.pid}:${e.tid}` === main && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  // Self time: an event's duration less that of the events directly inside it.
  const self = new Map<string, { total: number; count: number }>();
  const stack: { e: TraceEvent; child: number }[] = [];
  const close = (upTo: number) => {
    while (stack.length && stack[stack.length - 1].e.ts + stack[stack.length - 1].e.dur! <= upTo) {
      const { e, child } = stack.pop()!;
      const s = self.get(e.name) ?? { total: 0, count: 0 };
      s.total += e.dur! - child;
      s.count += 1;
      self.set(e.name, s);
      if (stack.length) stack[stack.length - 1].child += e.dur!;
    }
  };
  for (const e of onMain) {
    close(e.ts);
    stack.push({ e, child: 0 });
  }
  close(Infinity);
  const busy = onMain.filter((e) => e.name === 'RunTask').reduce((n, e) => n + e.dur!, 0);
  const long = onMain.filter((e) => e.name === 'RunTask' && e.dur! > 16_000);
  const first = onMain[0]?.ts ?? 0;
  const last = onMain.length ? onMain[onMain.length - 1].ts + onMain[onMain.length - 1].dur! : 0;
  const dropped = events.filter((e) => e.name === 'DroppedFrame' || e.name === 'PipelineReporter' && (e.args?.data as { frame_type?: string } | undefined)?.frame_type === 'DROPPED').length;
  const lines = [`${label}: main thread busy ${(busy / 1000).toFixed(0)} ms of ${((last - first) / 1000).toFixed(0)} ms; ${long.length} tasks over 16 ms (longest ${long.length ? (Math.max(...long.map((e) => e.dur!)) / 1000).toFixed(0) : 0} ms); dropped-frame events ${dropped}`];
  for (const [name, s] of [...self].sort((a, b) => b[1].total - a[1].total).slice(0, 12)) {
    lines.push(`    ${(s.total / 1000).toFixed(1).padStart(7)} ms  ${String(s.count).padStart(5)}×  ${name}`);
  }
  return lines.join('\n');
}
