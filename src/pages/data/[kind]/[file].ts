import type { APIRoute } from 'astro';
import { getDerived } from '../../../site/data';
import { unitToCsv } from '../../../export/csv';
import { unitToJson } from '../../../export/json';
import type { Unit } from '../../../lib/model';

/** Every unit's results over all its years: /data/kommun/kalix.csv, -excel.csv, .json. */
export function getStaticPaths() {
  return getDerived().records.flatMap((r) =>
    ['-excel.csv', '.csv', '.json'].map((ext) => ({
      params: { kind: r.unit.kind, file: `${r.unit.slug}${ext}` },
      props: { unit: r.unit, ext },
    })),
  );
}

export const GET: APIRoute = ({ props }) => {
  const { unit, ext } = props as { unit: Unit; ext: string };
  const { dataset } = getDerived();
  const body =
    ext === '.json'
      ? unitToJson(dataset, unit.code)
      : unitToCsv(dataset, unit.code, ext === '-excel.csv' ? 'excel' : 'plain');
  return new Response(body);
};
