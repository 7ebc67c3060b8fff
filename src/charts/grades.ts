/**
 * How grades look: SKR's scale (domain §3) drawn with the Okabe–Ito palette, which stays apart
 * for the common colour-vision deficiencies, and with a shape per grade so that nothing rests on
 * colour alone (in print, in greyscale, for readers who cannot tell the hues apart).
 */
import type { Grade } from '../lib/model';
import { GRADE_SCALE, gradeFor } from '../lib/rules';

export type Shape = 'diamond' | 'circle' | 'square' | 'triangle';

export interface GradeStyle {
  grade: Grade;
  /** For legends and table cells: "Mycket högt". */
  name: string;
  /** Inside a sentence: "mycket högt". */
  inSentence: string;
  /** Lowest published integer with this grade; bands run from here to the next grade's min. */
  min: number;
  colour: string;
  /** A light tint of the colour for the background bands in the trend chart. */
  tint: string;
  shape: Shape;
}

/** The lower bound of a grade, from SKR's scale in its one home (lib/rules.ts). */
function minOf(grade: Grade): number {
  return GRADE_SCALE.find((g) => g.grade === grade)!.min;
}

/** Best first. Colours: Okabe–Ito blue, sky blue, orange, vermillion. */
export const GRADE_STYLES: readonly GradeStyle[] = [
  {
    grade: 'mycket-hogt',
    name: 'Mycket högt',
    inSentence: 'mycket högt',
    min: minOf('mycket-hogt'),
    colour: '#0072B2',
    tint: '#E3EEF6',
    shape: 'diamond',
  },
  {
    grade: 'hogt',
    name: 'Högt',
    inSentence: 'högt',
    min: minOf('hogt'),
    colour: '#56B4E9',
    tint: '#EDF6FC',
    shape: 'circle',
  },
  {
    grade: 'godkant',
    name: 'Godkänt',
    inSentence: 'godkänt',
    min: minOf('godkant'),
    colour: '#E69F00',
    tint: '#FCF3E0',
    shape: 'square',
  },
  {
    grade: 'lagt',
    name: 'Lågt',
    inSentence: 'lågt',
    min: minOf('lagt'),
    colour: '#D55E00',
    tint: '#FAEBE0',
    shape: 'triangle',
  },
];

/**
 * The style of a grade; when no grade is given, the grade of the value's published integer
 * ("80 eller mer" is mycket högt, SKR 2023), so charts agree with the tables beside them.
 */
export function gradeStyle(grade: Grade | undefined, value?: number): GradeStyle | undefined {
  if (grade !== undefined) return GRADE_STYLES.find((s) => s.grade === grade);
  if (value === undefined) return undefined;
  const graded = gradeFor(value);
  return GRADE_STYLES.find((s) => s.grade === graded);
}
