// A moment (ISO string) shown in the reader's own zone. The server renders in its zone and the
// browser may differ: the text is allowed to change at hydration, the dateTime stays exact.
const format = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
const dayOnly = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

export function DateText({ iso, withTime = true, className }: { iso: string; withTime?: boolean; className?: string }) {
  return (
    <time dateTime={iso} className={className} suppressHydrationWarning>
      {(withTime ? format : dayOnly).format(new Date(iso))}
    </time>
  );
}
