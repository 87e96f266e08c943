'use client';
// Storage over time: bytes of originals Shoebox knows, cumulative by the month they were added,
// and the derived files' bytes by the month they were made (a remade thumbnail moves to its
// newer month, so the derived line is the storage as it stands, laid out by age).
import { Area, AreaChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { GrowthMonth } from '@/lib/admin/overview.schemas';
import { AXIS_STROKE, AXIS_TICK, COLOURS, GRID_STROKE, TOOLTIP_STYLE } from './chart-style';
import { ChartFigure } from './ChartFigure';
import { formatMonth, formatStorage } from './overview-format';

export function StoragePerMonthChart({ growth }: { growth: GrowthMonth[] }) {
  const data = cumulative(growth);
  const last = data.at(-1);
  const summary = last
    ? `Storage by month, cumulative, ${data[0].label} to ${last.label}: ${formatStorage(last.originals)} of originals and ${formatStorage(last.derived)} of derived files now.`
    : 'Storage by month: nothing yet.';
  return (
    <ChartFigure
      title="Storage per month (cumulative)"
      summary={summary}
      columns={['Month', 'Originals', 'Derived files']}
      rows={data.map((d) => [d.label, formatStorage(d.originals), formatStorage(d.derived)])}
    >
      <ResponsiveContainer width="100%" height="100%">
        <AreaChart data={data} margin={{ top: 4, right: 4, bottom: 4, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke={GRID_STROKE} strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={AXIS_TICK} stroke={AXIS_STROKE} minTickGap={12} />
          <YAxis tick={AXIS_TICK} stroke={AXIS_STROKE} tickFormatter={formatStorage} width={56} />
          <Tooltip {...TOOLTIP_STYLE} formatter={(v) => formatStorage(Number(v))} />
          <Legend wrapperStyle={{ fontSize: 12, color: '#d4d4d4' }} />
          <Area type="monotone" dataKey="originals" name="Originals" stroke={COLOURS.originals} fill={COLOURS.originals} fillOpacity={0.25} isAnimationActive={false} />
          <Area type="monotone" dataKey="derived" name="Derived files" stroke={COLOURS.derived} fill={COLOURS.derived} fillOpacity={0.25} isAnimationActive={false} />
        </AreaChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}

/** Running totals month by month: the storage as it stood at the end of each month. */
function cumulative(growth: GrowthMonth[]) {
  return growth.reduce<{ label: string; originals: number; derived: number }[]>((out, g) => {
    const before = out.at(-1) ?? { originals: 0, derived: 0 };
    out.push({ label: formatMonth(g.month), originals: before.originals + g.originalBytes, derived: before.derived + g.derivedBytes });
    return out;
  }, []);
}
