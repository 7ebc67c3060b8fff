import type { APIRoute } from 'astro';
import { getDerived, getRelease } from '../../site/data';
import { countyFeed, yearFeed } from '../../site/feeds-view';
import { site } from '../../site/config';

/** Atom feeds: /flode/ar-<year>.xml and /flode/lan-<county>.xml. */
export function getStaticPaths() {
  const derived = getDerived();
  return [
    ...derived.years.map((y) => ({
      params: { file: `ar-${y.year}.xml` },
      props: { year: y.year },
    })),
    ...derived.dataset.reference.counties.map((c) => ({
      params: { file: `lan-${c.slug}.xml` },
      props: { county: c.code },
    })),
  ];
}

export const GET: APIRoute = ({ props }) => {
  const { year, county } = props as { year?: number; county?: string };
  const derived = getDerived();
  const release = getRelease();
  const body =
    year !== undefined
      ? yearFeed(derived, year, site.url, release)
      : countyFeed(derived, county!, site.url, release);
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
