/**
 * SKR's grade scale for NKI and NUI (domain notes §3). Grades apply to the published, rounded
 * integer, so 79.5 is graded as 80 — a reader who sees "80" next to "högt" would rightly object.
 */
import type { Grade } from './model';

/**
 * The integer SKR publishes for an unrounded index: half up (78.5 → 79), as in SKR's tables.
 * A small epsilon absorbs binary noise from arithmetic on decimals (a value that should be 70,5
 * computed as 70,49999…).
 */
export function published(value: number): number {
  return Math.floor(value + 0.5 + 1e-9);
}

/**
 * The grade of an unrounded index value: 80 or more 'mycket-hogt' (SKR's 2023 wording "80 eller
 * mer"), 70–79 'hogt', 62–69 'godkant', under 62 'lagt'. Ids only; Swedish labels live in
 * src/text.
 */
export function grade(value: number): Grade {
  const shown = published(value);
  if (shown >= 80) return 'mycket-hogt';
  if (shown >= 70) return 'hogt';
  if (shown >= 62) return 'godkant';
  return 'lagt';
}
