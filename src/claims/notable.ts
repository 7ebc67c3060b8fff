/**
 * Whether a published difference may be worded as a change ("upp 3", "över snittet") or only as
 * "i stort sett oförändrat" / "i nivå med": the notable change of src/lib/rules.ts, applied here
 * for the texts, which word the answer and do not repeat the threshold.
 */
import { NOTABLE_DELTA } from '../lib/rules';

/** True when `delta` (a difference of published integers) is a notable change either way. */
export function isNotableDelta(delta: number): boolean {
  return Math.abs(delta) >= NOTABLE_DELTA;
}
