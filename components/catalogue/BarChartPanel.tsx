'use client';
// One bar chart of counts over time (recharts: a maintained React chart library on npm, SVG
// with axes, tooltips and responsive size, no hand-drawn SVG). Colours for the dark theme.
// Screen readers get a summary as the figure's name and the numbers as a hidden table.
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface ChartPoint {
  label: string;
  value: number;
}

interface Props {
  title: string;
  points: ChartPoint[];
  /** How a value reads (a count, "2 h 10 min"). */
  format?: (value: number) => string;
  unit: string;
}

export function BarChartPanel({ title, points, format = String, unit }: Props) {
  const total = points.reduce((sum, p) => sum + p.value, 0);
  const peak = points.reduce<ChartPoint | null>((best, p) => (!best || p.value > best.value ? p : best), null);
  const summary =
    points.length === 0 ? `${title}: nothing to show.` : `${title}: ${points[0].label} to ${points.at(-1)!.label}, ${format(total)} ${unit} in all; most in ${peak!.label} (${format(peak!.value)}).`;
  return (
    <figure className="min-w-0 rounded-lg border border-neutral-800 p-3" aria-label={summary}>
      <figcaption className="mb-2 text-sm font-medium text-neutral-200">{title}</figcaption>
      {points.length === 0 ? (
        <p className="py-8 text-center text-sm text-neutral-400">Nothing to show.</p>
      ) : (
        // Hidden from screen readers (the figure's label and the table below say it all), so the
        // chart must not take focus either: recharts' keyboard layer is off.
        <div aria-hidden className="h-56">
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={points} margin={{ top: 4, right: 4, bottom: 4, left: -16 }} accessibilityLayer={false}>
              <CartesianGrid stroke="#404040" strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="label" tick={{ fill: '#d4d4d4', fontSize: 11 }} stroke="#737373" minTickGap={12} />
              <YAxis allowDecimals={false} tick={{ fill: '#d4d4d4', fontSize: 11 }} stroke="#737373" tickFormatter={(v: number) => format(v)} />
              <Tooltip
                cursor={{ fill: 'rgba(255,255,255,0.06)' }}
                contentStyle={{ background: '#171717', border: '1px solid #404040', borderRadius: 6, color: '#f5f5f5' }}
                labelStyle={{ color: '#f5f5f5' }}
                formatter={(v) => [format(Number(v)), unit]}
              />
              <Bar dataKey="value" fill="#38bdf8" radius={[2, 2, 0, 0]} isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
      <table className="sr-only">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            <th scope="col">{unit}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.label}>
              <th scope="row">{p.label}</th>
              <td>{format(p.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
