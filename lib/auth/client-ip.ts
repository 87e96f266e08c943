// The client address for rate limits and the sessions list. Our web server (scripts/web-server.ts)
// appends the TCP peer's address to X-Forwarded-For on every request, so the header's last
// entry is always the peer — whatever the client sent sits to its left. Without TRUSTED_PROXIES
// the peer is the client. With it, entries are read from the right and trusted hops skipped: a
// hop count skips that many entries; a list skips entries inside the given addresses/CIDRs
// (`loopback`, `private` name those ranges). A client can only write entries left of a proxy's.
import ipaddr from 'ipaddr.js';
import { env } from '@/lib/server/env';

export interface TrustedProxies {
  hops: number;
  ranges: string[];
}

type Range = [ipaddr.IPv4 | ipaddr.IPv6, number];

function compile(ranges: string[]): { cidrs: Range[]; names: Set<string> } {
  const names = new Set<string>(ranges.filter((r) => r === 'loopback' || r === 'private'));
  const cidrs = ranges
    .filter((r) => !names.has(r))
    .map((r): Range => {
      if (r.includes('/')) return ipaddr.parseCIDR(r);
      const addr = ipaddr.process(r);
      return [addr, addr.kind() === 'ipv4' ? 32 : 128];
    });
  return { cidrs, names };
}

/** An entry as an address (IPv4-mapped IPv6 as IPv4), or null when it is not one. */
function parseEntry(entry: string): ipaddr.IPv4 | ipaddr.IPv6 | null {
  const bare = entry.replace(/^\[(.*)\]$/, '$1');
  if (!ipaddr.IPv4.isValidFourPartDecimal(bare) && !ipaddr.IPv6.isValid(bare)) return null;
  return ipaddr.process(bare);
}

function isTrusted(addr: ipaddr.IPv4 | ipaddr.IPv6, trust: ReturnType<typeof compile>): boolean {
  const range = addr.range();
  // ipaddr names IPv6 private space "uniqueLocal"; `private` covers both families.
  if (trust.names.has(range) || (trust.names.has('private') && range === 'uniqueLocal')) return true;
  return trust.cidrs.some(([net, bits]) => net.kind() === addr.kind() && addr.match(net, bits));
}

export function clientIpFrom(headers: Headers, trusted: TrustedProxies | undefined): string {
  const entries = (headers.get('x-forwarded-for') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  if (!entries.length) return 'unknown';
  let index = entries.length - 1;
  if (trusted?.hops) {
    index = Math.max(0, index - trusted.hops);
  } else if (trusted?.ranges.length) {
    const trust = compile(trusted.ranges);
    while (index > 0) {
      const addr = parseEntry(entries[index]);
      if (!addr || !isTrusted(addr, trust)) break;
      index--;
    }
  }
  return parseEntry(entries[index])?.toString() ?? 'unknown';
}

export function clientIp(headers: Headers): string {
  return clientIpFrom(headers, env.TRUSTED_PROXIES);
}
