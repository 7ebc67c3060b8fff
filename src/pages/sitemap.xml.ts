import type { APIRoute } from 'astro';
import { getDerived } from '../site/data';
import { sitePages } from '../site/feeds-view';
import { sitemapXml } from '../feeds/sitemap';
import { site } from '../site/config';

export const GET: APIRoute = () =>
  new Response(sitemapXml(sitePages(getDerived()).map((p) => new URL(p, site.url).href)));
