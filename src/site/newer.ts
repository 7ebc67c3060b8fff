/**
 * "Det finns nyare resultat": what a page of an older year says at the top, and where it leads.
 * It points to the newest year that is published: under an embargo the newest data year does not
 * count yet (docs/decisions/embargo.md), so a public page never points into the preview.
 */
import type { County, Derived, UnitRecord } from '../lib/model';
import { areaInfo, type AreaId } from '../lib/areas';
import { areaPageUrl, areaYears } from './area-view';
import { countyPageUrl } from './county-view';
import { embargoedYear, publishedYears, type Release } from './embargo';
import { unitYearUrl, yearUrl } from './urls';

export interface NewerNotice {
  lead: string;
  href: string;
  /** The link's text: "Kalix kommun 2022". */
  label: string;
}

const LEAD = 'Det finns nyare resultat:';

/** On the unit's page of `year`: its newest published year, when that is later. */
export function newerUnitNotice(
  record: UnitRecord,
  year: number,
  release?: Release,
): NewerNotice | undefined {
  const held = embargoedYear(release);
  const newest = record.years
    .map((uy) => uy.year)
    .filter((y) => y !== held)
    .at(-1);
  if (newest === undefined || newest <= year) return undefined;
  return {
    lead: LEAD,
    href: unitYearUrl(record.unit, newest),
    label: `${record.unit.displayName} ${newest}`,
  };
}

/** On the year page of `year`: the newest published year, when that is later. */
export function newerYearNotice(
  derived: Pick<Derived, 'years'>,
  year: number,
  release?: Release,
): NewerNotice | undefined {
  const newest = publishedYears(derived, release).at(-1);
  if (newest === undefined || newest <= year) return undefined;
  return { lead: LEAD, href: yearUrl(newest), label: `Insikt ${newest}: alla kommuner` };
}

/** On a county's page of `year`: the county's page of the newest published year. */
export function newerCountyNotice(
  derived: Derived,
  county: County,
  year: number,
  release?: Release,
): NewerNotice | undefined {
  const newest = publishedYears(derived, release).at(-1);
  if (newest === undefined || newest <= year) return undefined;
  return {
    lead: LEAD,
    href: countyPageUrl(derived, county, newest),
    label: `${county.name} ${newest}`,
  };
}

/** On an area's page of `year`: the newest published year the area was measured. */
export function newerAreaNotice(
  derived: Derived,
  id: AreaId,
  year: number,
  release?: Release,
): NewerNotice | undefined {
  const held = embargoedYear(release);
  const newest = areaYears(derived, id)
    .filter((y) => y !== held)
    .at(-1);
  if (newest === undefined || newest <= year) return undefined;
  return {
    lead: LEAD,
    href: areaPageUrl(derived, id, newest),
    label: `${areaInfo(id).name} ${newest}`,
  };
}
