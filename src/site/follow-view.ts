/**
 * Following one municipality: its newest published result as a small JSON file
 * (/kommun/<slug>/senaste.json) beside its Atom feed (/kommun/<slug>/flode.xml, feeds-view.ts).
 * Field names are Swedish, as in the downloads (src/export/json.ts); a year under embargo is not
 * the newest until it is released.
 */
import type { Derived, UnitRecord } from '../lib/model';
import { sourceLine } from '../lib/provenance';
import { composeRelease } from '../text/release';
import { roundIndex } from '../text/format';
import { embargoedYear, type Release } from './embargo';
import { unitFeedUrl, unitLatestUrl, unitUrl, unitYearUrl } from './urls';

export interface UnitLatest {
  kalla: string;
  exempeldata: boolean;
  enhet: { kod: string; namn: string; visningsnamn: string; typ: 'kommun' | 'förbund' };
  /** The newest published data year; null (with every figure) before the first. */
  ar: number | null;
  /** NKI totalt as published: the rounded index. */
  nki: number | null;
  /** The place in the country, SKR's or computed here (`placering_beraknad`). */
  placering: number | null;
  /** How many were ranked, where the data states or implies it. */
  placering_av: number | null;
  placering_beraknad: boolean | null;
  rubrik: string | null;
  ingress: string | null;
  sida: string;
  flode: string;
  senaste_json: string;
}

/** The newest published result of `record`, with absolute addresses on `siteUrl`. */
export function unitLatest(
  derived: Derived,
  record: UnitRecord,
  siteUrl: string,
  release?: Release,
): UnitLatest {
  const { unit } = record;
  const held = embargoedYear(release);
  const uy = record.years.filter((y) => y.year !== held).at(-1);
  const url = (path: string) => new URL(path, siteUrl).href;
  const rank = uy?.national.kind === 'ranked' ? uy.national.rank : undefined;
  const text = uy ? composeRelease(derived, unit.code, uy.year) : undefined;
  return {
    kalla: sourceLine(derived.dataset, uy ? uy.year : []),
    exempeldata: derived.dataset.isExample,
    enhet: {
      kod: unit.code,
      namn: unit.name,
      visningsnamn: unit.displayName,
      typ: unit.kind === 'kommun' ? 'kommun' : 'förbund',
    },
    ar: uy?.year ?? null,
    nki: uy?.nki.kind === 'measured' ? roundIndex(uy.nki.value) : null,
    placering: rank?.place ?? null,
    placering_av: rank?.outOf ?? null,
    placering_beraknad: rank ? rank.basis === 'computed' : null,
    rubrik: text?.headline ?? null,
    ingress: text?.lede ?? null,
    sida: url(uy ? unitYearUrl(unit, uy.year) : unitUrl(unit)),
    flode: url(unitFeedUrl(unit)),
    senaste_json: url(unitLatestUrl(unit)),
  };
}

/** The file's text: indented, ending in a newline, as the downloads are. */
export const unitLatestJson = (latest: UnitLatest) => `${JSON.stringify(latest, null, 2)}\n`;
