'use client';
// Subtitle tracks (inside the file and .srt/.vtt beside it, served as WebVTT): Off or one of
// them. The <track> elements are rendered by Player; this menu switches their modes.
import { Captions } from 'lucide-react';
import type { SubtitleTrack } from '@/lib/assets/playback.schemas';
import { Choice, Popover } from './Popover';

interface Props {
  tracks: SubtitleTrack[];
  selected: string | null;
  onSelect: (id: string | null) => void;
}

export function SubtitleMenu({ tracks, selected, onSelect }: Props) {
  if (tracks.length === 0) return null;
  return (
    <Popover label="Subtitles" face={<Captions aria-hidden size={20} className={selected ? 'text-sky-300' : ''} />} testId="subtitle-menu">
      {[{ id: null, label: 'Off' }, ...tracks].map((t) => (
        <Choice key={t.id ?? 'off'} selected={t.id === selected} onSelect={() => onSelect(t.id)}>
          {t.label}
        </Choice>
      ))}
    </Popover>
  );
}
