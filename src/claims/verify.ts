/**
 * Re-checks a sentence against the derived model: every claim it carries must hold in the data
 * and be a valid comparison, and its words must not say more than its claims (a number, a
 * superlative, a climb or a baseline the claims do not carry). Used by the claim tests over every
 * page that says something: the unit releases, the year, county, area and home pages and the tip
 * sheet, of the example site and of the real data.
 *
 * The checks recompute from the model's records and summaries rather than reuse the content
 * rules' results, so a wrong rule in claims/unit.ts or lib/highlights.ts shows up here. They are
 * split by claim family: verify-values.ts, verify-places.ts and verify-series.ts, over the
 * verifier's own reading of the model (verify-facts.ts); words beyond the claims in
 * verify-words.ts.
 */
import type { Derived } from '../lib/model';
import type { Claim, Sentence } from './types';
import { verifyPlaceClaim } from './verify-places';
import { verifySeriesClaim } from './verify-series';
import { verifyValueClaim } from './verify-values';
import { wordsBeyondClaims } from './verify-words';

/**
 * Every sentence of a text, and what only the whole text can show: a place told without its
 * "beräknad" label is preceded (or accompanied) by the sentence that says the places are computed.
 */
export function verifySentences(derived: Derived, sentences: readonly Sentence[]): string[] {
  const out = sentences.flatMap((s) => verifySentence(derived, s));
  const note = sentences.findIndex((s) =>
    s.claims.some((c) => c.kind === 'about' && c.topic === 'computed-places'),
  );
  // The headline and the first sentences up to the note may name a place before it is explained;
  // the note must come within the lede (the first four sentences) or right after the place.
  sentences.forEach((s, i) => {
    const noted = s.claims.some(
      (c) => (c.kind === 'place' || c.kind === 'place-change') && c.noted,
    );
    if (!noted || (note >= 0 && note <= Math.max(i + 2, 4))) return;
    out.push(`place: beräknad förklaras inte — "${s.text}"`);
  });
  // A record counts one series only; the text names the older series' years it leaves out.
  const all = sentences.map((s) => s.text).join(' ');
  for (const c of sentences.flatMap((s) => s.claims)) {
    if (c.kind !== 'record') continue;
    const missing = c.olderSeriesYears.filter((y) => !all.includes(String(y)));
    if (missing.length > 0) out.push(`record: äldre seriens år ${missing.join(', ')} nämns inte`);
  }
  return out;
}

/**
 * Claims a page shows without a sentence of its own (a table cell such as the home page's "Bäst i
 * länet"): each must hold in the data as the same claim in a sentence would.
 */
export function verifyClaims(derived: Derived, claims: readonly Claim[]): string[] {
  return claims.flatMap((c) => verifyClaim(derived, c, undefined));
}

/** Problems with one sentence; empty when it holds. */
export function verifySentence(derived: Derived, s: Sentence): string[] {
  const problems = s.claims.flatMap((c) => verifyClaim(derived, c, s.text));
  problems.push(...wordsBeyondClaims(s));
  return problems.map((p) => `${p} — "${s.text}"`);
}

/**
 * What a claim's check may ask of the sentence it is in, and where it reports. A claim shown in a
 * table cell has no sentence (`text` undefined): what a sentence must say is not asked of it.
 */
export interface ClaimCheck {
  text: string | undefined;
  /** The sentence says `w`; always true without a sentence. */
  says: (w: string | RegExp) => boolean;
  /** A problem with the claim, prefixed with its kind. */
  fail: (msg: string) => void;
  /** Problems already worded (the kommungrupp's, from verify-facts.ts). */
  report: (problems: string[]) => void;
}

function verifyClaim(d: Derived, c: Claim, text: string | undefined): string[] {
  const out: string[] = [];
  const k: ClaimCheck = {
    text,
    says: (w) => text === undefined || (typeof w === 'string' ? text.includes(w) : w.test(text)),
    fail: (msg) => out.push(`${c.kind}: ${msg}`),
    report: (problems) => out.push(...problems),
  };
  switch (c.kind) {
    case 'value':
    case 'grade':
    case 'change':
    case 'average':
    case 'area-average':
    case 'participants':
    case 'count':
    case 'missing':
    case 'basis':
      verifyValueClaim(d, c, k);
      break;
    case 'place':
    case 'place-change':
    case 'best':
    case 'area-extreme':
    case 'biggest-climber':
    case 'not-ranked':
      verifyPlaceClaim(d, c, k);
      break;
    case 'record':
    case 'series-break':
    case 'streak':
    case 'newcomer':
      verifySeriesClaim(d, c, k);
      break;
    case 'about':
      break;
  }
  return out;
}
