'use client';
// Assets added per month (by when Shoebox first saw them), photos and videos stacked.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { GrowthMonth } from '@/lib/admin/overview.schemas';
import { AXIS_STROKE, AXIS_TICK, COLOURS, GRID_STROKE, TOOLTIP_STYLE } from './chart-style';
import { ChartFigure } from './ChartFigure';
import { countOf, formatCount, formatMonth } from './overview-format';

export function AssetsPerMonthChart({ growth }: { growth: GrowthMonth[] }) {
  const data = growth.map((g) => ({ label: formatMonth(g.month), photos: g.photos, videos: g.videos }));
  const busiest = data.reduce<(typeof data)[number] | null>((best, d) => (!best || d.photos + d.videos > best.photos + best.videos ? d : best), null);
  const photos = data.reduce((s, d) => s + d.photos, 0);
  const videos = data.reduce((s, d) => s + d.videos, 0);
  const summary = busiest
    ? `Assets added per month, ${data[0].label} to ${data.at(-1)!.label}: ${countOf(photos, 'photo')} and ${countOf(videos, 'video')}; most in ${busiest.label} (${formatCount(busiest.photos + busiest.videos)}).`
    : 'Assets added per month: nothing yet.';
  return (
    <ChartFigure
      title="Assets added per month"
      summary={summary}
      columns={['Month', 'Photos', 'Videos']}
      rows={data.map((d) => [d.label, formatCount(d.photos), formatCount(d.videos)])}
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 4, right: 4, bottom: 4, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke={GRID_STROKE} strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={AXIS_TICK} stroke={AXIS_STROKE} minTickGap={12} />
          <YAxis allowDecimals={false} tick={AXIS_TICK} stroke={AXIS_STROKE} tickFormatter={formatCount} width={48} />
          <Tooltip cursor={{ fill: 'rgba(255,255,255,0.06)' }} {...TOOLTIP_STYLE} formatter={(v) => formatCount(Number(v))} />
          <Legend wrapperStyle={{ fontSize: 12, color: '#d4d4d4' }} />
          <Bar dataKey="photos" name="Photos" stackId="assets" fill={COLOURS.photos} isAnimationActive={false} />
          <Bar dataKey="videos" name="Videos" stackId="assets" fill={COLOURS.videos} radius={[2, 2, 0, 0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
