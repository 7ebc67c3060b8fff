import type { APIRoute } from 'astro';
import type { UnitRecord } from '../../../lib/model';
import { getDerived, getRelease } from '../../../site/data';
import { unitLatest, unitLatestJson } from '../../../site/follow-view';
import { site } from '../../../site/config';

/** /kommun/<slug>/senaste.json: the municipality's newest published result. */
export function getStaticPaths() {
  return getDerived().records.map((record) => ({
    params: { kind: record.unit.kind, slug: record.unit.slug },
    props: { record },
  }));
}

export const GET: APIRoute = ({ props }) => {
  const { record } = props as { record: UnitRecord };
  return new Response(unitLatestJson(unitLatest(getDerived(), record, site.url, getRelease())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
