/** Every internal URL is made here, so links and routes cannot drift apart. */
import type { County, Unit } from '../lib/model';
import type { AreaId } from '../lib/areas';

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
