/**
 * SKR's grade scale for NKI and NUI (domain notes §3). Grades apply to the published, rounded
 * integer, so 79.5 is graded as 80 — a reader who sees "80" next to "högt" would rightly object.
 */
import type { Grade } from './model';

export { published } from './rules';
import { gradeFor } from './rules';

/**
 * The grade of an unrounded index value: 80 or more 'mycket-hogt' (SKR's 2023 wording "80 eller
 * mer"), 70–79 'hogt', 62–69 'godkant', under 62 'lagt' (the scale lives in rules.ts). Ids only;
 * Swedish labels live in src/text.
 */
export function grade(value: number): Grade {
  return gradeFor(value);
}
