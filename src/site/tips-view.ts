/**
 * View model for /ar/<year>/tips/: the year's news angles for a journalist with ten minutes. The
 * claims come from src/claims/tips.ts, the words from src/text/tips.ts; this module only adds
 * each tip's link to the unit's release for the year and the neighbouring years.
 */
import { tipsStory } from '../claims/tips';
import type { Claim } from '../claims/types';
import type { Derived } from '../lib/model';
import { tipGroupsText } from '../text/tips';
import { tipsUrl, unitYearUrl, yearUrl } from './urls';

export { CHANGES_LISTED } from '../text/tips';

export interface Tip {
  /** The unit's own name: "Kalix kommun". */
  name: string;
  /** The unit's release for the year. */
  href: string;
  /** One line: what is the story. */
  angle: string;
  /** The claims the line makes (src/claims/verify.ts checks them). */
  claims: Claim[];
}

export interface TipGroup {
  /** Section id, also the fragment: "klattrare". */
  id: string;
  heading: string;
  intro: string;
  tips: Tip[];
  /** Said when the list is empty or cut, e.g. a series break or "12 fler". */
  note?: string;
}

export interface TipsView {
  year: number;
  title: string;
  description: string;
  path: string;
  yearUrl: string;
  groups: TipGroup[];
  previous?: { year: number; url: string };
  next?: { year: number; url: string };
}

export function tipsView(derived: Derived, year: number): TipsView {
  const story = tipsStory(derived, year);
  const index = derived.years.findIndex((y) => y.year === year);
  const prev = derived.years[index - 1];
  const next = derived.years[index + 1];
  const groups = tipGroupsText(story).map((g): TipGroup => ({
    ...g,
    tips: g.tips.map((t) => ({
      name: t.unit.displayName,
      href: unitYearUrl(t.unit, t.year),
      angle: t.line.text,
      claims: t.line.claims,
    })),
  }));
  return {
    year,
    title: `Tips för redaktioner: Insikt ${year}`,
    description:
      `Nyhetsvinklar i SKR:s Insikt ${year}: kommuner som ökar och minskar på riktigt, nya ` +
      `deltagare, flera år i rad i topp och bäst i varje län och område, med länk till varje resultat.`,
    path: tipsUrl(year),
    yearUrl: yearUrl(year),
    groups,
    previous: prev && { year: prev.year, url: tipsUrl(prev.year) },
    next: next && { year: next.year, url: tipsUrl(next.year) },
  };
}
