import { describe, expect, it } from 'vitest';
import { getRegistrableDomain, isSameSite } from '../../../lambdas/sources/registrable-domain.js';

describe('getRegistrableDomain', () => {
  it('should keep the label under a one-label suffix', () => {
    expect(getRegistrableDomain('kaltim.idntimes.com')).toBe('idntimes.com');
    expect(getRegistrableDomain('detik.com')).toBe('detik.com');
    expect(getRegistrableDomain('WWW.Detik.Com.')).toBe('detik.com');
  });

  it('should keep the label under an Indonesian second-level suffix', () => {
    expect(getRegistrableDomain('nasional.republika.co.id')).toBe('republika.co.id');
    expect(getRegistrableDomain('ppid.balikpapan.go.id')).toBe('balikpapan.go.id');
    expect(getRegistrableDomain('kaltim.prokal.co')).toBe('prokal.co');
  });

  it('should return IP addresses unchanged', () => {
    expect(getRegistrableDomain('127.0.0.1')).toBe('127.0.0.1');
  });
});

describe('isSameSite', () => {
  it('should match subdomains of the same site and nothing else', () => {
    expect(isSameSite('www.detik.com', 'news.detik.com')).toBe(true);
    expect(isSameSite('kaltim.tribunnews.com', 'www.tribunnews.com')).toBe(true);
    expect(isSameSite('detik.com', 'notdetik.com')).toBe(false);
    expect(isSameSite('republika.co.id', 'kompas.co.id')).toBe(false);
  });
});
