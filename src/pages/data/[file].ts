import type { APIRoute } from 'astro';
import { getDerived } from '../../site/data';
import { datasetToCsv, yearToCsv } from '../../export/csv';
import { datasetToJson, yearToJson } from '../../export/json';
import { datasetReadme } from '../../export/readme';
import { site } from '../../site/config';

/** Each year's results and the whole dataset, as Excel CSV, plain CSV and JSON, plus a README. */
export function getStaticPaths() {
  const years = getDerived().dataset.years.map((y) => y.year);
  const files = [
    ...years.flatMap((y) => [`${y}-excel.csv`, `${y}.csv`, `${y}.json`]),
    'nki-rapporten-excel.csv',
    'nki-rapporten.csv',
    'nki-rapporten.json',
    'LASMIG.txt',
  ];
  return files.map((file) => ({ params: { file } }));
}

export const GET: APIRoute = ({ params }) => {
  const { dataset } = getDerived();
  const file = params.file!;
  const m = /^(\d{4}|nki-rapporten)(-excel)?\.(csv|json)$/.exec(file);
  let body: string;
  if (file === 'LASMIG.txt') body = datasetReadme(dataset, { siteUrl: site.url });
  else if (!m) throw new Error(`Okänd nedladdning: ${file}`);
  else {
    const variant = m[2] ? 'excel' : 'plain';
    const whole = m[1] === 'nki-rapporten';
    if (m[3] === 'json') body = whole ? datasetToJson(dataset) : yearToJson(dataset, Number(m[1]));
    else body = whole ? datasetToCsv(dataset, variant) : yearToCsv(dataset, Number(m[1]), variant);
  }
  return new Response(body);
};
