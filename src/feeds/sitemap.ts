/**
 * sitemap.xml (sitemaps.org protocol 0.9). Without <lastmod>: the only honest date would be the
 * data's, and search engines ignore a lastmod that does not track real changes.
 */
import { escapeXml } from '../lib/xml';

/** The protocol's limit per file; beyond it a sitemap index is needed. */
export const MAX_SITEMAP_URLS = 50_000;

/**
 * A sitemap of `urls` (absolute, e.g. "https://nki-rapporten.example/kommun/kalix/"), duplicates
 * dropped, order kept. Throws on a relative URL or more than 50 000 URLs.
 */
export function sitemapXml(urls: readonly string[]): string {
  const unique = [...new Set(urls)];
  if (unique.length > MAX_SITEMAP_URLS) {
    throw new Error(`${unique.length} adresser: en sitemap rymmer högst ${MAX_SITEMAP_URLS}`);
  }
  const relative = unique.find((u) => !/^https?:\/\//.test(u));
  if (relative !== undefined) throw new Error(`Adressen måste vara absolut: "${relative}"`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...unique.map((u) => `  <url><loc>${escapeXml(u)}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n');
}
