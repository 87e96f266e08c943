// A chart with its text alternative: the figure is named by a one-sentence summary, the chart
// itself is hidden from screen readers (and takes no focus), and every number is in a
// visually hidden table, so a screen reader user gets what the picture shows.
import type { ReactNode } from 'react';

interface Props {
  title: string;
  summary: string;
  columns: string[];
  rows: (string | number)[][];
  children: ReactNode;
}

export function ChartFigure({ title, summary, columns, rows, children }: Props) {
  return (
    <figure className="min-w-0 rounded-lg border border-neutral-800 p-3" aria-label={summary}>
      <figcaption className="mb-2 text-sm font-medium text-neutral-200">{title}</figcaption>
      {rows.length === 0 ? (
        <p className="py-8 text-center text-sm text-neutral-400">Nothing to show yet.</p>
      ) : (
        <div aria-hidden className="h-56" data-testid="overview-chart">
          {children}
        </div>
      )}
      <table className="sr-only">
        <caption>{title}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([head, ...cells]) => (
            <tr key={head}>
              <th scope="row">{head}</th>
              {cells.map((c, i) => (
                <td key={i}>{c}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
