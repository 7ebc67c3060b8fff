/**
 * SKR's official placements as the generator writes them: unique positions among eligible
 * municipalities, ordered by the unrounded value (equal one-decimal values, possible in area
 * rankings, are put in code order). Förbund are never placed: they are not municipalities.
 */
import { nkiEligible, minAreaAnswers, areasOfYear } from './rules';
import type { UnitRow } from './structure';

/** Writes place, countyPlace, area places and the NUI place onto the rows of one year. */
export function assignPlacements(rows: readonly UnitRow[], year: number): void {
  const municipal = rows.filter((r) => r.kind === 'kommun');
  const ranked = byValue(
    municipal.filter((r) => r.nki !== undefined && nkiEligible(r)),
    (r) => r.nki!,
  );
  ranked.forEach((r, i) => (r.place = i + 1));
  const perCounty = new Map<string | undefined, number>();
  for (const r of ranked) {
    const next = (perCounty.get(r.countyCode) ?? 0) + 1;
    perCounty.set(r.countyCode, next);
    r.countyPlace = next;
  }
  for (const area of areasOfYear(year)) {
    const inArea = municipal.filter((r) => {
      const cell = r.areas[area];
      return cell?.value !== undefined && cell.answers >= minAreaAnswers(year);
    });
    byValue(inArea, (r) => r.areas[area]!.value!).forEach((r, i) => (r.areas[area]!.place = i + 1));
  }
  const nui = municipal.filter((r) => r.nui?.value !== undefined && r.nui.answers >= 10);
  byValue(nui, (r) => r.nui!.value!).forEach((r, i) => (r.nui!.place = i + 1));
}

function byValue(rows: UnitRow[], value: (r: UnitRow) => number): UnitRow[] {
  return [...rows].sort((a, b) => value(b) - value(a) || a.code.localeCompare(b.code));
}
