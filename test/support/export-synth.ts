/**
 * Synthesizes small, realistic datasets for the download tests: real municipalities (with åäö)
 * and a förbund, and result rows built from a few numbers.
 */
import type { AreaId } from '../../src/lib/areas';
import type { AreaResult, Dataset, Municipality, ResultRow, Score } from '../../src/lib/model';

export const measured = (value: number): Score => ({ kind: 'measured', value });

function municipality(
  code: string,
  name: string,
  displayName: string,
  county: string,
): Municipality {
  const slug = name.toLowerCase().replace(/[åä]/g, 'a').replace(/ö/g, 'o');
  return {
    kind: 'kommun',
    code,
    name,
    displayName,
    slug,
    countyCode: county,
    population: 20_000,
    populationDate: '2021-12-31',
  };
}

export function reference(): Dataset['reference'] {
  return {
    municipalities: [
      municipality('2514', 'Kalix', 'Kalix kommun', '25'),
      municipality('2513', 'Överkalix', 'Överkalix kommun', '25'),
      municipality('1492', 'Åmål', 'Åmåls kommun', '14'),
      municipality('0126', 'Huddinge', 'Huddinge kommun', '01'),
    ],
    counties: [
      { code: '01', name: 'Stockholms län', slug: 'stockholms-lan' },
      { code: '14', name: 'Västra Götalands län', slug: 'vastra-gotalands-lan' },
      { code: '25', name: 'Norrbottens län', slug: 'norrbottens-lan' },
    ],
    jointAuthorities: [
      {
        kind: 'forbund',
        code: 'F01',
        name: 'Miljöförbundet Blekinge Väst',
        displayName: 'Miljöförbundet Blekinge Väst',
        slug: 'miljoforbundet-blekinge-vast',
        memberCodes: ['1082', '1060'],
      },
    ],
  };
}

const area = (value: number, place: number, answers: number, rate: number): AreaResult => ({
  score: measured(value),
  officialPlace: place,
  answers,
  responseRate: rate,
});

/** A municipality's row with areas, NUI and factors; `nki` unrounded. */
export function row(unitCode: string, year: number, nki: number, place: number): ResultRow {
  const areas: Partial<Record<AreaId, AreaResult>> = {
    bygglov: area(nki - 3.25, place + 1, 41, 52.5),
    'miljo-och-halsoskydd': area(nki + 1.5, place, 63, 48),
    livsmedelskontroll: { score: { kind: 'missing', reason: 'too-few-answers' }, answers: 5 },
  };
  return {
    source: { file: `${year}.csv`, line: 2 },
    year,
    unitCode,
    nki: measured(nki),
    officialPlace: place,
    officialCountyPlace: 1,
    areas,
    nui: { kind: 'missing', reason: 'not-measured' },
    factors: {
      bemotande: measured(nki + 4.4),
      effektivitet: { kind: 'missing', reason: 'suppressed' },
    },
    answers: 104,
    responseRate: 49.3,
  };
}

/** A förbund's row: one area, no NKI totalt place. */
export function forbundRow(year: number): ResultRow {
  return {
    source: { file: `${year}.csv`, line: 9 },
    year,
    unitCode: 'F01',
    nki: measured(71.8),
    areas: { 'miljo-och-halsoskydd': area(71.8, 40, 22, 61) },
    nui: measured(66.125),
    officialNuiPlace: 12,
    nuiAnswers: 14,
    factors: {},
  };
}

export function dataset(rowsByYear: Record<number, ResultRow[]>, isExample = true): Dataset {
  return {
    reference: reference(),
    isExample,
    years: Object.entries(rowsByYear).map(([year, rows]) => ({
      year: Number(year),
      file: `${year}.csv`,
      rowsRead: rows.length,
      rows,
      statedAverage: { nki: 74.2 },
    })),
  };
}
