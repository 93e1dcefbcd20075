import { describe, expect, it } from 'vitest';
import { judgeContentType, sniffBody } from '../../../lambdas/fetch/content-type.js';

describe('judgeContentType', () => {
  it.each([
    ['text/html; charset=utf-8', 'page', 'accept'],
    ['application/xhtml+xml', 'page', 'accept'],
    ['image/png', 'page', 'reject'],
    ['application/rss+xml', 'page', 'reject'],
    [null, 'page', 'sniff'],
    ['application/octet-stream', 'page', 'sniff'],
    ['application/rss+xml', 'feed', 'accept'],
    ['application/atom+xml', 'feed', 'accept'],
    ['text/xml', 'feed', 'accept'],
    ['text/plain', 'feed', 'accept'],
    ['text/html', 'feed', 'accept'],
    ['image/png', 'feed', 'reject'],
  ] as const)('should judge %s for a %s as %s', (type, kind, verdict) => {
    expect(judgeContentType(type, kind)).toBe(verdict);
  });
});

describe('sniffBody', () => {
  it('should recognise HTML for pages and markup for feeds', () => {
    expect(sniffBody(Buffer.from('\n  <!DOCTYPE html><html>'), 'page')).toBe(true);
    expect(sniffBody(Buffer.from('<!-- x --><html lang="id">'), 'page')).toBe(true);
    expect(sniffBody(Buffer.from('\x89PNG\r\n'), 'page')).toBe(false);
    expect(sniffBody(Buffer.from('<?xml version="1.0"?><rss>'), 'feed')).toBe(true);
    expect(sniffBody(Buffer.from('{"items":[]}'), 'feed')).toBe(false);
  });
});
