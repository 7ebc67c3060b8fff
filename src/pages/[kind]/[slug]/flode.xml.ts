import type { APIRoute } from 'astro';
import type { UnitRecord } from '../../../lib/model';
import { getDerived, getRelease } from '../../../site/data';
import { unitFeed } from '../../../site/feeds-view';
import { site } from '../../../site/config';

/** /kommun/<slug>/flode.xml: one municipality's releases, newest first (Atom). */
export function getStaticPaths() {
  return getDerived().records.map((record) => ({
    params: { kind: record.unit.kind, slug: record.unit.slug },
    props: { record },
  }));
}

export const GET: APIRoute = ({ props }) => {
  const { record } = props as { record: UnitRecord };
  return new Response(unitFeed(getDerived(), record, site.url, getRelease()), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
};
