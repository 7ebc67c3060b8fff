/**
 * View model for /jamfor/: the municipalities a reader can pick (every one with a result), and,
 * for readers without JavaScript, the same municipalities by county, each linked to its own
 * static comparison page. The picker itself (public/js/compare.js) reads /data/jamfor.json.
 */
import type { Derived } from '../lib/model';
import { compareDataUrl, compareUrl } from './urls';

/** How many municipalities the picker compares at most, and at least for a comparison. */
export const PICK_MAX = 5;
export const PICK_MIN = 2;

export interface PickerView {
  /** `value` is the slug the address carries (`?k=kalix,lulea`). */
  options: { value: string; label: string }[];
  counties: { name: string; links: { name: string; url: string }[] }[];
  dataUrl: string;
  max: number;
  min: number;
}

export function pickerView(derived: Derived): PickerView {
  const byName = (a: { name: string }, b: { name: string }) =>
    a.name.localeCompare(b.name, 'sv-SE');
  const units = derived.records
    .flatMap((r) => (r.unit.kind === 'kommun' ? [r.unit] : []))
    .sort(byName);
  const counties = [...derived.dataset.reference.counties].sort(byName).flatMap((c) => {
    const links = units
      .filter((u) => u.countyCode === c.code)
      .map((u) => ({ name: u.name, url: compareUrl(u) }));
    return links.length ? [{ name: c.name, links }] : [];
  });
  return {
    options: units.map((u) => ({ value: u.slug, label: u.name })),
    counties,
    dataUrl: compareDataUrl,
    max: PICK_MAX,
    min: PICK_MIN,
  };
}
