import type { APIRoute } from 'astro';
import { getDerived } from '../site/data';
import { site } from '../site/config';

/**
 * Example data must not reach search results: its pages carry `noindex`, and crawlers must be
 * allowed to read them to see it (a Disallow would hide the noindex). Real data gets a sitemap.
 */
export const GET: APIRoute = () => {
  const body = getDerived().dataset.isExample
    ? 'User-agent: *\nAllow: /\n'
    : `User-agent: *\nAllow: /\nSitemap: ${new URL('/sitemap.xml', site.url).href}\n`;
  return new Response(body);
};
