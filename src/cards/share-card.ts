/**
 * The share card: a 1200×630 SVG (the Open Graph image size) that shows what the link opens —
 * the headline, the index and the place — with the source line (SKR, and Kolada with its licence
 * where the figures came from there), the year and, while the data is the example, an
 * "EXEMPELDATA" ribbon. scripts/render-images.ts turns it into the PNG.
 */
import type { Grade, Rank } from '../lib/model';
import { escapeXml } from '../lib/xml';
import { fitText, textWidth, type FitBox } from './text-fit';

export interface ShareCardInput {
  /** The release headline, shown in full: "Kalix kommun har landets näst mest nöjda kunder". */
  headline: string;
  /** Display name: "Kalix kommun". */
  unitName: string;
  /** Unrounded index; shown as the published integer. Absent: "–". */
  index?: number;
  grade?: Grade;
  /** The rank the headline is about; absent: "Ej rankad". A computed rank says so. */
  place?: Rank;
  year: number;
  /** The source line of the year's figures (provenance.sourceLine), set along the bottom edge. */
  source: string;
  isExample: boolean;
  /** Default "NKI"; "NUI" for procurement cards. */
  indexLabel?: string;
  /** Default "Placering i Sverige". */
  placeLabel?: string;
}

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

const MARGIN = 60;
const INK = '#1a1a1a';
const MUTED = '#4d4d4d';
const ACCENT = '#00558c';
const GRADE_TEXT: Record<Grade, string> = {
  'mycket-hogt': 'Mycket högt',
  hogt: 'Högt',
  godkant: 'Godkänt',
  lagt: 'Lågt',
};
const HEADLINE_BOX: FitBox = {
  width: CARD_WIDTH - 2 * MARGIN,
  height: 260,
  weight: 'bold',
  sizes: [64, 58, 52, 46, 40],
  lineHeight: 1.18,
};
const HEADLINE_TOP = 150;
/** The source line: one line the width of the card, smaller before it would ever be cut short. */
const SOURCE_BOX: FitBox = {
  width: CARD_WIDTH - 2 * MARGIN,
  height: 30,
  weight: 'regular',
  sizes: [22, 20, 18, 16],
  lineHeight: 1.2,
};
const STAT_WIDTH = 330;

/**
 * Whole numbers in Swedish ("1 234"). Made once: a NumberFormat costs a tenth of a millisecond to
 * make, and the alt text of a card is written on several pages of every unit-year (a warm build
 * spent 0.4 s making them).
 */
const number = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });

/** The card as a standalone SVG document; every text is set in DejaVu Sans and XML-escaped. */
export function shareCardSvg(input: ShareCardInput): string {
  const headline = fitText(input.headline, HEADLINE_BOX);
  const headlineLines = headline.lines.map((line, i) => {
    const y = HEADLINE_TOP + headline.size * (0.93 + i * HEADLINE_BOX.lineHeight);
    return text(line, MARGIN, y, headline.size, { bold: true, fill: INK });
  });
  const indexText = input.index === undefined ? '–' : number.format(input.index);
  const place = input.place;
  const placeMain = place ? `Plats ${number.format(place.place)}` : 'Ej rankad';
  const placeSub = placeSubtitle(place);
  const stat = (x: number, value: string) => {
    const fitted = fitText(value, {
      ...HEADLINE_BOX,
      width: STAT_WIDTH,
      height: 60,
      sizes: [48, 42, 36, 30],
    });
    return text(fitted.lines[0] ?? '', x, 545, fitted.size, { bold: true, fill: INK });
  };
  const parts = [
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="#ffffff"/>`,
    ribbon(input.isExample),
    unitLine(input.unitName),
    text(String(input.year), CARD_WIDTH - MARGIN, 122, 34, { bold: true, fill: ACCENT, end: true }),
    ...headlineLines,
    `<rect x="${MARGIN}" y="428" width="${CARD_WIDTH - 2 * MARGIN}" height="2" fill="#d0d0d0"/>`,
    text(input.indexLabel ?? 'NKI', MARGIN, 472, 26, { fill: MUTED }),
    text(indexText, MARGIN, 560, 100, { bold: true, fill: ACCENT }),
    input.index === undefined
      ? ''
      : text('av 100', MARGIN + 14 + textWidth(indexText, 100, 'bold'), 560, 28, { fill: MUTED }),
    text('Betyg', 440, 472, 26, { fill: MUTED }),
    stat(440, input.grade ? GRADE_TEXT[input.grade] : '–'),
    text(input.placeLabel ?? 'Placering i Sverige', 810, 472, 26, { fill: MUTED }),
    stat(810, placeMain),
    placeSub ? text(placeSub, 810, 582, 26, { fill: MUTED }) : '',
    sourceText(input.source),
  ];
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}"`,
    ` viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="DejaVu Sans">`,
    `<title>${escapeXml(input.headline)}</title>`,
    ...parts.filter(Boolean),
    '</svg>',
    '',
  ].join('\n');
}

export const SQUARE_SIZE = 1080;

/**
 * The same card at 1080×1080 for social media feeds: the headline larger and on more lines, the
 * three figures below it, the source along the bottom. Same input, same texts as the wide card.
 */
export function squareCardSvg(input: ShareCardInput): string {
  const size = SQUARE_SIZE;
  const headline = fitText(input.headline, {
    ...HEADLINE_BOX,
    width: size - 2 * MARGIN,
    height: 430,
    sizes: [84, 76, 68, 60, 52, 46],
  });
  const headlineLines = headline.lines.map((line, i) => {
    const y = 190 + headline.size * (0.93 + i * HEADLINE_BOX.lineHeight);
    return text(line, MARGIN, y, headline.size, { bold: true, fill: INK });
  });
  const indexText = input.index === undefined ? '–' : number.format(input.index);
  const place = input.place;
  const placeSub = placeSubtitle(place);
  const stat = (x: number, value: string) => {
    const fitted = fitText(value, {
      ...HEADLINE_BOX,
      width: 270,
      height: 60,
      sizes: [48, 42, 36, 30],
    });
    return text(fitted.lines[0] ?? '', x, 800, fitted.size, { bold: true, fill: INK });
  };
  const parts = [
    `<rect width="${size}" height="${size}" fill="#ffffff"/>`,
    ribbon(input.isExample, size),
    unitLine(input.unitName, 780),
    text(String(input.year), size - MARGIN, 122, 34, { bold: true, fill: ACCENT, end: true }),
    ...headlineLines,
    `<rect x="${MARGIN}" y="660" width="${size - 2 * MARGIN}" height="2" fill="#d0d0d0"/>`,
    text(input.indexLabel ?? 'NKI', MARGIN, 720, 30, { fill: MUTED }),
    text(indexText, MARGIN, 880, 160, { bold: true, fill: ACCENT }),
    input.index === undefined ? '' : text('av 100', MARGIN, 935, 32, { fill: MUTED }),
    text('Betyg', 410, 720, 30, { fill: MUTED }),
    stat(410, input.grade ? GRADE_TEXT[input.grade] : '–'),
    text(input.placeLabel ?? 'Placering i Sverige', 720, 720, 30, { fill: MUTED }),
    stat(720, place ? `Plats ${number.format(place.place)}` : 'Ej rankad'),
    placeSub ? text(placeSub, 720, 850, 28, { fill: MUTED }) : '',
    sourceText(input.source, size, 1040),
  ];
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}"`,
    ` viewBox="0 0 ${size} ${size}" font-family="DejaVu Sans">`,
    `<title>${escapeXml(input.headline)}</title>`,
    ...parts.filter(Boolean),
    '</svg>',
    '',
  ].join('\n');
}

/** The unit's name above the headline, smaller when long so it never runs into the year. */
function unitLine(name: string, width = 900): string {
  const box = { ...HEADLINE_BOX, weight: 'regular' as const, width, height: 40 };
  const fitted = fitText(name, { ...box, sizes: [34, 30, 26, 22] });
  return text(fitted.lines[0] ?? '', MARGIN, 122, fitted.size, { fill: MUTED });
}

/** The source along the bottom edge, on one line. */
function sourceText(source: string, width = CARD_WIDTH, y = 612): string {
  const fitted = fitText(source, { ...SOURCE_BOX, width: width - 2 * MARGIN });
  return text(fitted.lines[0] ?? '', MARGIN, y, fitted.size, { fill: MUTED });
}

/** The top band: the site colour, or a yellow "EXEMPELDATA" ribbon the whole width of the card. */
function ribbon(isExample: boolean, width = CARD_WIDTH): string {
  if (!isExample) return `<rect width="${width}" height="16" fill="${ACCENT}"/>`;
  return [
    `<rect width="${width}" height="64" fill="#ffd23f"/>`,
    text('EXEMPELDATA – inte SKR:s resultat', MARGIN, 44, 30, { bold: true, fill: INK }),
  ].join('\n');
}

function text(
  content: string,
  x: number,
  y: number,
  size: number,
  style: { bold?: boolean; fill: string; end?: boolean },
): string {
  const attrs = [
    `x="${x}"`,
    `y="${round(y)}"`,
    `font-size="${size}"`,
    style.bold ? 'font-weight="bold"' : '',
    style.end ? 'text-anchor="end"' : '',
    `fill="${style.fill}"`,
  ];
  return `<text ${attrs.filter(Boolean).join(' ')}>${escapeXml(content)}</text>`;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/**
 * The card's alt text, from the same input as the card, so it says what the image shows:
 * "Delningsbild: Kalix kommun har landets näst mest nöjda kunder. Kalix kommun 2021: NKI 86 av
 * 100, betyg mycket högt, plats 2 av 190 i Sverige (beräknad). Källa: …".
 */
export function shareCardAlt(input: ShareCardInput): string {
  const label = input.indexLabel ?? 'NKI';
  const facts = [
    input.index === undefined
      ? `inget ${label} totalt`
      : `${label} ${number.format(input.index)} av 100`,
    ...(input.grade ? [`betyg ${GRADE_TEXT[input.grade].toLowerCase()}`] : []),
    input.place
      ? `plats ${number.format(input.place.place)}${input.place.outOf ? ` av ${number.format(input.place.outOf)}` : ''} i Sverige${input.place.basis === 'computed' ? ' (beräknad)' : ''}`
      : (input.placeLabel ?? 'ej rankad'),
  ];
  const example = input.isExample ? ' Exempeldata.' : '';
  return `Delningsbild: ${input.headline}. ${input.unitName} ${input.year}: ${facts.join(', ')}.${example} ${input.source}`;
}

/** "av 190 (beräknad)" under a place on a card; "" without a place. */
function placeSubtitle(place: ShareCardInput['place']): string {
  if (!place) return '';
  return [
    place.outOf ? `av ${number.format(place.outOf)}` : '',
    place.basis === 'computed' ? '(beräknad)' : '',
  ]
    .filter(Boolean)
    .join(' ');
}
