'use client';
// The small teaser of a hovered card: muted, looping, inline. It stays transparent until it
// really plays, so the poster shows instead of a black box while the first bytes arrive.
import { useState } from 'react';

export function Teaser({ url }: { url: string }) {
  const [playing, setPlaying] = useState(false);
  return (
    <video
      aria-hidden
      data-testid="card-teaser"
      src={url}
      muted
      autoPlay
      loop
      playsInline
      preload="auto"
      disablePictureInPicture
      onPlaying={() => setPlaying(true)}
      className={`absolute inset-0 h-full w-full object-cover transition-opacity duration-150 ${playing ? 'opacity-100' : 'opacity-0'}`}
    />
  );
}
