/**
 * View models for the three indexes: /ar/ (every data year), /lan/ (every county) and /omrade/
 * (every area), so no year, county or area is reached only by stepping through its neighbours.
 */
import { areaInfo } from '../lib/areas';
import type { Derived } from '../lib/model';
import { formatIndex, formatNumber } from '../text/format';
import { areasWithData, areaYears } from './area-view';
import { countyPageUrl } from './county-view';
import type { Row, TableView } from './year-view';
import { areaUrl, yearUrl } from './urls';

/** Every data year, newest first: the national NKI and how many municipalities are in the file. */
export function yearsIndex(derived: Derived): TableView {
  return {
    caption: 'Alla år med resultat, det senaste först',
    columns: ['År', 'Rikets NKI', 'Kommuner i underlaget', 'Förbund i underlaget'],
    rows: [...derived.years]
      .reverse()
      .map((y): Row => [
        { text: String(y.year), href: yearUrl(y.year) },
        y.nkiAverage
          ? `${formatIndex(y.nkiAverage.value)}${y.nkiAverage.basis === 'computed' ? ' (beräknat)' : ''}`
          : '–',
        formatNumber(y.municipalitiesInFile),
        formatNumber(y.forbundInFile),
      ]),
  };
}

/** Every county with the number of its municipalities in the latest year's file. */
export function countiesIndex(derived: Derived): TableView {
  const year = derived.years.at(-1)?.year ?? 0;
  return {
    caption: `Alla län, med antal deltagande kommuner ${year}`,
    columns: ['Län', 'Kommuner i länet', `Deltog ${year}`],
    rows: derived.dataset.reference.counties.map((c): Row => {
      const members = derived.dataset.reference.municipalities.filter(
        (m) => m.countyCode === c.code,
      );
      const taking = members.filter((m) => derived.byUnitYear.has(`${m.code}:${year}`));
      return [
        { text: c.name, href: countyPageUrl(derived, c, year) },
        formatNumber(members.length),
        formatNumber(taking.length),
      ];
    }),
  };
}

/** Every area with data, with the years it was measured. */
export function areasIndex(derived: Derived): TableView {
  return {
    caption: 'Alla myndighetsområden med resultat',
    columns: ['Område', 'Mätt', 'Senaste året'],
    rows: areasWithData(derived).map((id): Row => {
      const years = areaYears(derived, id);
      const first = years[0];
      const last = years.at(-1);
      return [
        { text: areaInfo(id).name, href: areaUrl(id) },
        first === last ? String(first) : `${first}–${last}`,
        String(last ?? '–'),
      ];
    }),
  };
}
