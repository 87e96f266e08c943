'use client';
// A word cloud of the most characteristic tokens (@visx/wordcloud lays them out; d3-cloud
// underneath). Sized to its container; words horizontal (readable), larger and brighter the
// heavier. For screen readers the picture is one labelled image, and the same words are a
// visually hidden list in order of weight. Each type has its colour (all with AA contrast on
// the dark background).
import { Wordcloud } from '@visx/wordcloud';
import { useEffect, useRef, useState } from 'react';
import type { WordCloudWord } from '@/lib/similar/similar.schemas';

const COLOURS: Record<WordCloudWord['type'], string> = {
  performer: '#f9a8d4',
  tag: '#7dd3fc',
  studio: '#fcd34d',
  cast: '#d4d4d4',
  title: '#86efac',
  folder: '#c4b5fd',
};

interface Datum {
  text: string;
  value: number;
  type: WordCloudWord['type'];
}

export function WordCloud({ words, label }: { words: WordCloudWord[]; label: string }) {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry.contentRect.width)));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const height = Math.max(240, Math.min(520, Math.round(width * 0.6)));
  const max = Math.max(...words.map((w) => w.weight), 1e-9);
  const data: Datum[] = words.map((w) => ({ text: w.label, value: w.weight, type: w.type }));
  const size = (d: Datum) => Math.max(11, Math.round(12 + 44 * Math.sqrt(d.value / max) * Math.min(1, width / 700)));
  const summary = `${label}: ${words.length} words, the heaviest ${words.slice(0, 5).map((w) => w.label).join(', ')}.`;
  return (
    <div ref={box} className="w-full" data-testid="word-cloud">
      {width > 0 && words.length > 0 && (
        <svg role="img" aria-label={summary} width={width} height={height} className="block">
          {/* Fixed rotation and layout seed: the same words always land in the same places. Word x/y are relative to the centre (visx centres its group). */}
          <Wordcloud words={data} width={width} height={height} fontSize={size} font="system-ui, sans-serif" padding={2} spiral="archimedean" rotate={0} random={seeded()}>
            {(cloud) =>
              cloud.map((w) => (
                <text
                  key={w.text}
                  aria-hidden
                  textAnchor="middle"
                  transform={`translate(${w.x ?? 0}, ${w.y ?? 0})`}
                  fontSize={w.size}
                  fontFamily={w.font}
                  fill={COLOURS[data.find((d) => d.text === w.text)?.type ?? 'cast']}
                >
                  {w.text}
                </text>
              ))
            }
          </Wordcloud>
        </svg>
      )}
      <ol className="sr-only">
        {words.map((w) => (
          <li key={`${w.type}:${w.id ?? w.label}`}>
            {w.type}: {w.label}
          </li>
        ))}
      </ol>
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-neutral-300" aria-label="Colours">
        {Object.entries(COLOURS).map(([type, colour]) => (
          <li key={type} className="flex items-center gap-1">
            <span aria-hidden className="inline-block h-2.5 w-2.5 rounded-full" style={{ background: colour }} />
            {type}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A small deterministic generator (mulberry32) for the layout. */
function seeded(seed = 12345): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
