import dns from 'node:dns';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BlockedAddressError, assertPublicLiteral, createGuardedLookup, describeBlockedAddress } from '../../../lambdas/fetch/address-guard.js';

describe('describeBlockedAddress', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['100.100.0.1', 'carrier-grade NAT'],
    ['169.254.169.254', 'cloud metadata'],
    ['169.254.170.2', 'link-local'],
    ['0.0.0.0', '"this network"'],
    ['224.0.0.1', 'multicast'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fd00:ec2::254', 'unique-local'],
    ['fe80::1%eth0', 'link-local'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:a9fe:a9fe', 'cloud metadata'],
    ['[::ffff:10.0.0.1]', 'private'],
    ['64:ff9b::c0a8:0101', 'private'],
  ])('should block %s as %s', (address, range) => {
    expect(describeBlockedAddress(address)).toBe(range);
  });

  it.each(['8.8.8.8', '103.10.66.1', '172.32.0.1', '100.128.0.1', '2404:6800:4003:c00::64', '::ffff:8.8.8.8'])('should let public %s through', (address) => {
    expect(describeBlockedAddress(address)).toBeNull();
  });
});

describe('assertPublicLiteral', () => {
  it('should throw for a private IP literal and ignore names', () => {
    expect(() => assertPublicLiteral('[::1]')).toThrow(BlockedAddressError);
    expect(() => assertPublicLiteral('169.254.169.254')).toThrow(/cloud metadata/);
    expect(() => assertPublicLiteral('kaltim.idntimes.com')).not.toThrow();
  });
});

describe('createGuardedLookup', () => {
  const resolveWith = (addresses: Array<{ address: string; family: number }>) =>
    vi.spyOn(dns, 'lookup').mockImplementation(((_host: string, _options: unknown, callback: (error: Error | null, result: unknown) => void) =>
      callback(null, addresses)) as unknown as typeof dns.lookup);

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('should pass public addresses through in both callback shapes', async () => {
    // Prepare
    resolveWith([{ address: '93.184.216.34', family: 4 }]);
    const lookup = createGuardedLookup() as unknown as (host: string, options: object, callback: (...args: unknown[]) => void) => void;

    // Act
    const single = await new Promise<unknown[]>((resolve) => lookup('news.example', { all: false }, (...args) => resolve(args)));
    const all = await new Promise<unknown[]>((resolve) => lookup('news.example', { all: true }, (...args) => resolve(args)));

    // Assess
    expect(single).toEqual([null, '93.184.216.34', 4]);
    expect(all).toEqual([null, [{ address: '93.184.216.34', family: 4 }]]);
  });

  it('should fail when any resolved address is private (DNS rebinding)', async () => {
    resolveWith([
      { address: '93.184.216.34', family: 4 },
      { address: '10.0.0.5', family: 4 },
    ]);
    const lookup = createGuardedLookup() as unknown as (host: string, options: object, callback: (...args: unknown[]) => void) => void;
    const [error] = await new Promise<unknown[]>((resolve) => lookup('evil.example', { all: true }, (...args) => resolve(args)));
    expect(error).toBeInstanceOf(BlockedAddressError);
    expect((error as Error).message).toBe('refusing to connect to evil.example (10.0.0.5, private address)');
  });
});
