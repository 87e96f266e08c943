// The app's mark (the same drawing as app/icon.svg): a shoebox with a photo sticking out.
export function ShoeboxMark({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 64 64" aria-hidden="true" className={className}>
      <rect width="64" height="64" rx="14" fill="#0369a1" />
      <g transform="rotate(-8 31 15)">
        <rect x="19" y="4" width="25" height="20" rx="2" fill="#fef3c7" />
        <circle cx="38" cy="9.5" r="2.5" fill="#f59e0b" />
        <path d="M21.5 21.5l6-7.5 4.5 4.5 3-3 6 6z" fill="#0369a1" />
      </g>
      <rect x="11" y="27" width="42" height="26" rx="3" fill="#e5e5e5" />
      <rect x="8" y="21" width="48" height="9" rx="3" fill="#ffffff" />
      <rect x="25" y="37" width="14" height="6" rx="1.5" fill="#0369a1" />
    </svg>
  );
}
