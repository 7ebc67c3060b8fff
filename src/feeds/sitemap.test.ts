import { describe, expect, it } from 'vitest';
import { sitemapXml } from './sitemap';
import { xmlProblems } from './well-formed';

const url = (path: string) => `https://nki-rapporten.example${path}`;

describe('sitemapXml', () => {
  it('lists each URL once, in the given order, as a well-formed urlset', () => {
    const xml = sitemapXml([url('/'), url('/kommun/kalix/'), url('/'), url('/kommun/amal/')]);
    expect(xmlProblems(xml)).toEqual([]);
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
        '  <url><loc>https://nki-rapporten.example/</loc></url>',
        '  <url><loc>https://nki-rapporten.example/kommun/kalix/</loc></url>',
        '  <url><loc>https://nki-rapporten.example/kommun/amal/</loc></url>',
        '</urlset>',
        '',
      ].join('\n'),
    );
  });

  it('escapes an ampersand in a URL', () => {
    expect(sitemapXml([url('/sok/?a=1&b=2')])).toContain(
      '<loc>https://nki-rapporten.example/sok/?a=1&amp;b=2</loc>',
    );
  });

  it('refuses a relative URL and more URLs than one sitemap may hold', () => {
    expect(() => sitemapXml(['/kommun/kalix/'])).toThrow(
      'Adressen måste vara absolut: "/kommun/kalix/"',
    );
    const many = Array.from({ length: 50_001 }, (_, i) => url(`/${i}/`));
    expect(() => sitemapXml(many)).toThrow('50001 adresser: en sitemap rymmer högst 50000');
  });
});
