/**
 * KapanLagi.com (www. and musik.). Layouts of 2015-2016: h1.entertainment-newsdetail-title-new /
 * h1.v7-music-newsdetail-title; date ".newsdetail-schedule-new" without zone (WIB); body #v6-revb-detailnews /
 * .v7-music-detail-news, then a "Jangan Lewatkan" link list and an editor code "(kpl/pur/tch)". No writer is named.
 * <html lang="en"> is wrong on these pages: they are Indonesian.
 */
import type { ProfileSelectors, SiteProfile } from '../types.js';
import { makeFields } from '../fields.js';

const V1_SELECTORS: ProfileSelectors = {
  title: ['h1.entertainment-newsdetail-title-new', 'h1.v7-music-newsdetail-title', '#newsdetail-right-new h1', 'h1'],
  body: ['#v6-revb-detailnews', '.entertainment-detail-news', '.v7-music-detail-news'],
  authors: ['.newsdetail-author', '.author-name'],
  date: ['.newsdetail-schedule-new', '.v7-music-newsdetail-schedule'],
  section: ['#v5-navigation a'],
  tags: ['.v7-tags-terkait-warper a'],
  noise: ['.entertainment-newsdetail-image-caption', '.music-newsdetail-image-caption', '.lifestyle-in-content', '#content-video-related', '.video-watch'],
};

export const kapanlagi: SiteProfile = {
  id: 'kapanlagi',
  name: 'KapanLagi.com',
  domains: ['kapanlagi.com'],
  language: 'id',
  articleUrlPattern: /\.html$/,
  versions: [{ version: 1, validFrom: '2015-01-01', selectors: V1_SELECTORS, fields: makeFields(V1_SELECTORS, 'id', { language: () => 'id' }) }],
};
