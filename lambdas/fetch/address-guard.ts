/**
 * @module address-guard
 * Refuse to connect to addresses a news crawler has no business reaching: loopback, private (RFC 1918), carrier-grade
 * NAT, link-local (which holds the cloud metadata service at 169.254.169.254), IPv6 unique-local, multicast and
 * reserved ranges. The check runs on the resolved addresses inside the socket's own DNS lookup, so a name cannot
 * resolve to a public address for a pre-check and to a private one for the connection (DNS rebinding).
 */
import dns from 'node:dns';
import net from 'node:net';
import type { LookupFunction } from 'node:net';

/** Raised by the guarded lookup; the fetcher turns it into FetchError('blocked-address'). */
export class BlockedAddressError extends Error {
  readonly code = 'PANTAU_BLOCKED_ADDRESS';

  constructor(
    readonly hostname: string,
    readonly address: string,
    readonly range: string,
  ) {
    super(`refusing to connect to ${hostname} (${address}, ${range} address)`);
    this.name = 'BlockedAddressError';
  }
}

/** [first address, prefix length, name] for IPv4 ranges; order matters only for the name reported. */
const BLOCKED_IPV4: ReadonlyArray<readonly [string, number, string]> = [
  ['169.254.169.254', 32, 'cloud metadata'],
  ['0.0.0.0', 8, '"this network"'],
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'carrier-grade NAT'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local'],
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'IETF protocol'],
  ['192.0.2.0', 24, 'documentation'],
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'benchmarking'],
  ['198.51.100.0', 24, 'documentation'],
  ['203.0.113.0', 24, 'documentation'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved'],
];

/** Same for IPv6 (IPv4-mapped, NAT64 and 6to4 addresses are checked through the IPv4 they embed). */
const BLOCKED_IPV6: ReadonlyArray<readonly [string, number, string]> = [
  ['::', 128, 'unspecified'],
  ['::1', 128, 'loopback'],
  ['100::', 64, 'discard'],
  ['2001:db8::', 32, 'documentation'],
  ['fc00::', 7, 'unique-local'],
  ['fe80::', 10, 'link-local'],
  ['fec0::', 10, 'site-local'],
  ['ff00::', 8, 'multicast'],
];

/**
 * Name the blocked range an IP address falls in, or null when the address is public. Non-IP input returns null.
 * @example describeBlockedAddress('169.254.169.254') // 'cloud metadata'
 */
export function describeBlockedAddress(address: string): string | null {
  const ip = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (net.isIPv4(ip)) return describeIpv4(parseIpv4(ip));
  if (!net.isIPv6(ip)) return null;
  const groups = parseIpv6(ip);
  const embedded = readEmbeddedIpv4(groups);
  if (embedded !== null) return describeIpv4(embedded);
  const value = groups.reduce((sum, group) => (sum << 16n) | BigInt(group), 0n);
  for (const [first, prefix, name] of BLOCKED_IPV6) {
    const shift = BigInt(128 - prefix);
    const base = parseIpv6(first).reduce((sum, group) => (sum << 16n) | BigInt(group), 0n);
    if (value >> shift === base >> shift) return name;
  }
  return null;
}

/**
 * A dns.lookup replacement for http(s).request that fails with BlockedAddressError when any address the name
 * resolves to is in a blocked range.
 * @example http.request(url, { lookup: createGuardedLookup() })
 */
export function createGuardedLookup(): LookupFunction {
  return ((hostname: string, options: dns.LookupOptions, callback: (...args: unknown[]) => void) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error);
      for (const { address } of addresses) {
        const range = describeBlockedAddress(address);
        if (range) return callback(new BlockedAddressError(hostname, address, range));
      }
      if (addresses.length === 0) return callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }));
      if (options.all) return callback(null, addresses);
      const [first] = addresses;
      return callback(null, first?.address, first?.family);
    });
  }) as unknown as LookupFunction;
}

/**
 * Throw BlockedAddressError when a URL host is an IP literal in a blocked range (sockets skip the lookup for literals).
 * @example assertPublicLiteral('127.0.0.1') // throws
 */
export function assertPublicLiteral(hostname: string): void {
  const ip = hostname.replace(/^\[|\]$/g, '');
  if (net.isIP(ip) === 0) return;
  const range = describeBlockedAddress(ip);
  if (range) throw new BlockedAddressError(hostname, ip, range);
}

function describeIpv4(value: number): string | null {
  for (const [first, prefix, name] of BLOCKED_IPV4) {
    const mask = prefix === 0 ? 0 : (~0 << (32 - prefix)) >>> 0;
    if (((value & mask) >>> 0) === ((parseIpv4(first) & mask) >>> 0)) return name;
  }
  return null;
}

function parseIpv4(ip: string): number {
  return ip.split('.').reduce((sum, octet) => ((sum << 8) | Number(octet)) >>> 0, 0);
}

/** Expand an IPv6 address (with `::` and an optional dotted IPv4 tail) into eight 16-bit groups. */
function parseIpv6(ip: string): number[] {
  let text = ip.toLowerCase();
  const dotted = text.match(/(\d+\.\d+\.\d+\.\d+)$/)?.[1];
  if (dotted) {
    const v4 = parseIpv4(dotted);
    text = `${text.slice(0, -dotted.length)}${(v4 >>> 16).toString(16)}:${(v4 & 0xffff).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const zeros = tail === undefined ? [] : Array<string>(8 - headGroups.length - tailGroups.length).fill('0');
  return [...headGroups, ...zeros, ...tailGroups].map((group) => parseInt(group, 16) || 0);
}

/** The IPv4 address inside an IPv4-mapped (::ffff:0:0/96), NAT64 (64:ff9b::/96) or 6to4 (2002::/16) address. */
function readEmbeddedIpv4(groups: number[]): number | null {
  const [g0, g1, g2, g3, g4, g5, g6 = 0, g7 = 0] = groups;
  const low = ((g6 << 16) | g7) >>> 0;
  if (g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0xffff) return low;
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) return low;
  if (g0 === 0x2002) return (((g1 ?? 0) << 16) | (g2 ?? 0)) >>> 0;
  return null;
}
