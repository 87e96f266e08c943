// The client address behind our reverse proxy. The proxy appends the address it saw to
// X-Forwarded-For, so the last entry is the one a client cannot forge; the first entries are
// whatever the client sent. Without a proxy header every request counts as "direct".
export function clientIp(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for');
  const last = forwarded?.split(',').map((s) => s.trim()).filter(Boolean).at(-1);
  return (last ?? headers.get('x-real-ip') ?? 'direct').slice(0, 64);
}
