import { describe, expect, it } from 'vitest';
import { dropNoiseLines } from '../../../lambdas/extract/noise-lines.js';

describe('dropNoiseLines', () => {
  it.each([
    ['Baca juga: Harga Cabai Naik'],
    ['BACA JUGA: Cuaca Ekstrem'],
    ['Ringkasan Berita:'],
    ['Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita Kompas.com WhatsApp Channel'],
    ['Follow Berita Okezone di Google News'],
    ['Telusuri berita bola lainnya'],
    ['Artikel ini telah tayang di TribunKaltim.co dengan judul Banjir Rendam Samarinda'],
    ['[Gambas:Video CNN]'],
    ['— BMKG (@infoBMKG) November 2, 2026'],
    ['pic.twitter.com/abc123'],
    ['Halaman 1/3'],
    ['Tampilkan semua'],
    ['Halaman Selanjutnya'],
    ['(Foto: ANTARA/Akbar)'],
    ['Dok. Humas Pemkot Samarinda'],
  ])('should drop %j', (line) => {
    // Act + Assert
    expect(dropNoiseLines([line, 'Teks berita.'])).toEqual(['Teks berita.']);
  });

  it.each([
    ['Foto bersama keluarga itu diunggah di media sosial dan menjadi viral'],
    ['Simak, kata dia, menjadi kunci keberhasilan program itu.'],
    ['Halaman rumah warga terendam banjir setinggi lutut.'],
    ['Selanjutnya, pemerintah akan mengevaluasi program tersebut bulan depan.'],
  ])('should keep the story line %j', (line) => {
    // Act + Assert
    expect(dropNoiseLines([line])).toEqual([line]);
  });
});
