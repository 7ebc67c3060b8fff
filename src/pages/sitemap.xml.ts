import type { APIRoute } from 'astro';
import { getDerived, getRelease } from '../site/data';
import { publicPages } from '../site/feeds-view';
import { sitemapXml } from '../feeds/sitemap';
import { site } from '../site/config';

/** Every page for search engines, none under embargo. */
export const GET: APIRoute = () =>
  new Response(
    sitemapXml(publicPages(getDerived(), getRelease()).map((p) => new URL(p, site.url).href)),
  );
