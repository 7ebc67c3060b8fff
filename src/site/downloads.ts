/** Download file names and the links pages show for them (issue 5: data downloads). */
import type { Unit } from '../lib/model';
import { unitYearUrl } from './urls';

export const yearDownloads = (year: number) => [
  { href: `/data/${year}-excel.csv`, label: `${year}: CSV för Excel (semikolon, decimalkomma)` },
  { href: `/data/${year}.csv`, label: `${year}: CSV (komma, decimalpunkt)` },
  { href: `/data/${year}.json`, label: `${year}: JSON` },
];

export const unitDownloads = (unit: Unit) => [
  {
    href: `/data/${unit.kind}/${unit.slug}-excel.csv`,
    label: `${unit.displayName}, alla år: CSV för Excel`,
  },
  { href: `/data/${unit.kind}/${unit.slug}.csv`, label: `${unit.displayName}, alla år: CSV` },
  { href: `/data/${unit.kind}/${unit.slug}.json`, label: `${unit.displayName}, alla år: JSON` },
];

export const datasetDownloads = [
  { href: '/data/nki-rapporten-excel.csv', label: 'Alla år och enheter: CSV för Excel' },
  { href: '/data/nki-rapporten.csv', label: 'Alla år och enheter: CSV' },
  { href: '/data/nki-rapporten.json', label: 'Alla år och enheter: JSON' },
  { href: '/data/LASMIG.txt', label: 'Läs mig: kolumner, källa, licens och hur du citerar' },
];

/** Share-card image of a release; rendered to PNG after the build from the SVG. */
export const shareCardPath = (unit: Unit, year: number) =>
  `/og/${unit.kind}/${unit.slug}/${year}.png`;

/** The release as a Word file, beside its page; written after the build (scripts/build.ts). */
export const pressReleaseDocxPath = (unit: Unit, year: number) =>
  `${unitYearUrl(unit, year)}pressmeddelande.docx`;

/**
 * The 1080×1080 card for social media feeds: only for each unit's newest year, the results-day
 * release, so the cards do not double the site's files (docs/decisions/press-kit.md).
 */
export const squareCardPath = (unit: Unit, year: number) =>
  `/og/${unit.kind}/${unit.slug}/${year}-kvadrat.png`;
