/** Every internal URL is made here, so links and routes cannot drift apart. */
import type { County, Unit } from '../lib/model';
import type { AreaId } from '../lib/areas';

/** The site's fixed pages. */
export const PAGE_URLS = {
  home: '/',
  directory: '/kommuner/',
  years: '/ar/',
  counties: '/lan/',
  areas: '/omrade/',
  data: '/data/',
  about: '/om/',
  accessibility: '/tillganglighet/',
} as const;

const base = (unit: Unit) => (unit.kind === 'kommun' ? '/kommun' : '/forbund');

export const unitUrl = (unit: Unit) => `${base(unit)}/${unit.slug}/`;
export const unitYearUrl = (unit: Unit, year: number) => `${base(unit)}/${unit.slug}/${year}/`;
export const yearUrl = (year: number) => `/ar/${year}/`;
export const tipsUrl = (year: number) => `/ar/${year}/tips/`;
export const countyUrl = (county: County) => `/lan/${county.slug}/`;
export const areaUrl = (area: AreaId) => `/omrade/${area}/`;
export const countyYearUrl = (county: County, year: number) => `/lan/${county.slug}/${year}/`;
export const areaYearUrl = (area: AreaId, year: number) => `/omrade/${area}/${year}/`;
/** A municipality against its kommungrupp, its county and the country (static, no JS needed). */
export const compareUrl = (unit: Unit) => `${base(unit)}/${unit.slug}/jamfor/`;
/** The picker: 2–5 municipalities side by side, the choice in the address (`?k=kalix,lulea`). */
export const comparePickerUrl = (slugs: readonly string[] = []) =>
  slugs.length ? `/jamfor/?k=${slugs.map(encodeURIComponent).join(',')}` : '/jamfor/';
/** The one compact JSON the picker reads (src/site/compare-data.ts). */
export const compareDataUrl = '/data/jamfor.json';
/** A municipality's own Atom feed and its newest result, for following one municipality. */
export const unitFeedUrl = (unit: Unit) => `${base(unit)}/${unit.slug}/flode.xml`;
export const unitLatestUrl = (unit: Unit) => `${base(unit)}/${unit.slug}/senaste.json`;

/** Atom feeds of a year's releases and of a county's. */
export const yearFeedUrl = (year: number) => `/flode/ar-${year}.xml`;
export const countyFeedUrl = (county: Pick<County, 'slug'>) => `/flode/lan-${county.slug}.xml`;

/** Downloads: a year's table, a unit's years, everything (src/pages/data/). */
export const yearDataUrl = (year: number, format: 'csv' | 'excel-csv' | 'json') =>
  `/data/${year}${format === 'excel-csv' ? '-excel.csv' : `.${format}`}`;
export const unitDataUrl = (unit: Unit, format: 'csv' | 'excel-csv' | 'json') =>
  `/data/${unit.kind}/${unit.slug}${format === 'excel-csv' ? '-excel.csv' : `.${format}`}`;
export const datasetDataUrl = (format: 'csv' | 'excel-csv' | 'json') =>
  `/data/nki-rapporten${format === 'excel-csv' ? '-excel.csv' : `.${format}`}`;
export const dataReadmeUrl = '/data/LASMIG.txt';

/** Share-card image of a release; rendered to PNG after the build from the SVG. */
export const shareCardUrl = (unit: Unit, year: number) =>
  `/og/${unit.kind}/${unit.slug}/${year}.png`;
/** The 1080×1080 card for social media feeds (each unit's newest year only). */
export const squareCardUrl = (unit: Unit, year: number) =>
  `/og/${unit.kind}/${unit.slug}/${year}-kvadrat.png`;
/** The release as a Word file, beside its page; written after the build (scripts/build.ts). */
export const pressReleaseDocxUrl = (unit: Unit, year: number) =>
  `${unitYearUrl(unit, year)}pressmeddelande.docx`;
