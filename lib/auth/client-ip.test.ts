import { describe, expect, it } from 'vitest';
import { clientIpFrom } from './client-ip';

// The last entry is always the TCP peer: our web server appends it.
const ip = (xff: string | null, trusted?: { hops: number; ranges: string[] }) =>
  clientIpFrom(new Headers(xff === null ? {} : { 'x-forwarded-for': xff }), trusted);

describe('clientIpFrom', () => {
  it('is the peer when no proxy is trusted, whatever the client wrote', () => {
    expect(ip('1.2.3.4, 192.0.2.10')).toBe('192.0.2.10');
    expect(ip('::ffff:192.0.2.10')).toBe('192.0.2.10');
    expect(ip('2001:db8::1')).toBe('2001:db8::1');
    expect(ip(null)).toBe('unknown');
  });

  it('skips a hop count from the right', () => {
    expect(ip('1.2.3.4, 198.51.100.5, 10.0.0.2', { hops: 1, ranges: [] })).toBe('198.51.100.5');
    expect(ip('1.2.3.4, 198.51.100.5, 10.0.0.3, 10.0.0.2', { hops: 2, ranges: [] })).toBe('198.51.100.5');
    // Fewer entries than hops: the leftmost, which is all there is.
    expect(ip('10.0.0.2', { hops: 2, ranges: [] })).toBe('10.0.0.2');
  });

  it('skips trusted addresses and CIDRs from the right, and stops at the first untrusted one', () => {
    const trusted = { hops: 0, ranges: ['10.0.0.0/8', '192.0.2.1', 'fd00::/8'] };
    expect(ip('6.6.6.6, 198.51.100.5, 10.1.2.3, 192.0.2.1', trusted)).toBe('198.51.100.5');
    expect(ip('198.51.100.5, fd00::7', trusted)).toBe('198.51.100.5');
    // An untrusted peer is the client, whatever it forwarded.
    expect(ip('10.1.2.3, 203.0.113.9', trusted)).toBe('203.0.113.9');
    // A trusted chain all the way: the leftmost entry.
    expect(ip('10.1.2.3, 192.0.2.1', trusted)).toBe('10.1.2.3');
  });

  it('understands `loopback` and `private`', () => {
    expect(ip('203.0.113.9, 127.0.0.1', { hops: 0, ranges: ['loopback'] })).toBe('203.0.113.9');
    expect(ip('203.0.113.9, 172.18.0.4, ::1', { hops: 0, ranges: ['loopback', 'private'] })).toBe('203.0.113.9');
    expect(ip('203.0.113.9, 172.18.0.4', { hops: 0, ranges: ['loopback'] })).toBe('172.18.0.4');
  });

  it('never returns something that is not an address', () => {
    expect(ip('<script>, not-an-ip')).toBe('unknown');
    expect(ip('garbage, 127.0.0.1', { hops: 0, ranges: ['loopback'] })).toBe('unknown');
  });
});
