import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lambdas/extract/index.js';
import { findProfile } from '../../../lambdas/extract/profiles/index.js';
import { NotAnArticleError } from '../../../lambdas/shared/errors.js';

const IDN = fileURLToPath(new URL('../../fixtures/sites/idntimes/idntimes-business-2021-kisah-inspiratif.html', import.meta.url));

/** Run extractArticle and return the NotAnArticleError it throws (fails the test when it throws nothing else). */
function captureError(html: string, url?: string): NotAnArticleError {
  try {
    extractArticle(html, { url });
  } catch (err) {
    expect(err).toBeInstanceOf(NotAnArticleError);
    return err as NotAnArticleError;
  }
  throw new Error('expected NotAnArticleError');
}

describe('extractArticle on garbage input', () => {
  it('should reject an empty string with a reason', () => {
    // Act
    const err = captureError('');
    // Assert
    expect(err.message).toMatch(/empty page/);
  });

  it('should reject an empty html document with a reason', () => {
    // Act
    const err = captureError('<html></html>');
    // Assert
    expect(err.message).toMatch(/no title|no article body/);
  });

  it('should reject binary-ish junk', () => {
    // Arrange
    const junk = Array.from({ length: 2000 }, (_, i) => String.fromCharCode((i * 7919) % 32)).join('');
    // Act
    const err = captureError(`\u0089PNG\r\n\u001a\n${junk}`);
    // Assert
    expect(err.message).toMatch(/binary/);
  });

  it('should reject an index page by its URL', () => {
    // Arrange
    const html = readFileSync(IDN, 'utf8');
    // Act
    const err = captureError(html, 'https://www.idntimes.com/');
    // Assert
    expect(err.message).toMatch(/index page/);
  });

  it('should reject a page of teaser links without prose', () => {
    // Arrange
    const items = Array.from({ length: 40 }, (_, i) => `<li><a href="/read/${i}/x">Judul berita nomor ${i} tentang ekonomi daerah, panjang</a><span>2 jam lalu</span></li>`).join('');
    const html = `<html><head><title>Berita Terkini | Warta</title></head><body><h1>Berita Terkini</h1><ul>${items}</ul></body></html>`;
    // Act
    const err = captureError(html, 'https://warta.example/daftar');
    // Assert
    expect(err.message).toMatch(/no article body/);
  });
});

describe('extractArticle on the IDN Times page', () => {
  it('should give the record contract fields', () => {
    // Arrange
    const html = readFileSync(IDN, 'utf8');
    // Act
    const article = extractArticle(html, { url: 'https://www.idntimes.com/business/finance/rehia-indrayanti-br-sebayang/kisah-inspiratif-menjajal-peluang-bisnis-baru-saat-pandemik-covid?utm_source=x#top' });
    // Assert
    expect(article.extraction).toEqual({ method: 'profile:idntimes@1', warnings: [] });
    expect(article.canonicalUrl).toBe('https://www.idntimes.com/business/finance/rehia-indrayanti-br-sebayang/kisah-inspiratif-menjajal-peluang-bisnis-baru-saat-pandemik-covid');
    expect(article.modifiedAt).toBe('2021-08-14T16:28:49+07:00');
    expect(article.language).toBe('id');
    expect(article.dateline).toBe('Jakarta');
    expect(article.section).toBe('Business');
    expect(article.authors).not.toContain('IDN Times');
  });

  it('should find profiles by host including subdomains', () => {
    // Act + Assert
    expect(findProfile('kaltim.idntimes.com')?.id).toBe('idntimes');
    expect(findProfile('regional.kompas.com')?.id).toBe('kompas');
    expect(findProfile('en.tempo.co')?.id).toBe('tempo');
    expect(findProfile(null, 'www.ihram.co.id')?.id).toBe('republika');
    expect(findProfile('notidntimes.com')).toBeNull();
  });
});
