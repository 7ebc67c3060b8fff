/**
 * Writes the share cards' fonts: DejaVu Sans regular and bold cut down to the characters in
 * `SUBSET_CODEPOINTS` (scripts/images/fonts/). resvg reads the font files for every card it draws;
 * the whole fonts (700 KB each) made that most of a card's time, the subsets (about 50 KB) do not.
 * Run once after a font upgrade and commit the result: `npx tsx scripts/images/subset-fonts.ts`.
 * Needs fontTools' pyftsubset (Debian: `apt-get install python3-fonttools`); the build does not.
 */
import { execFileSync } from 'node:child_process';
import { FONT_SUBSET_DIR, FULL_FONT_DIR, SUBSET_RANGES } from './renderer';

const unicodes = SUBSET_RANGES.map(([from, to]) =>
  from === to ? hex(from) : `${hex(from)}-${hex(to).slice(2)}`,
).join(',');

for (const file of ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf']) {
  execFileSync(
    '/usr/bin/python3',
    [
      '-m',
      'fontTools.subset',
      `${FULL_FONT_DIR}/${file}`,
      `--unicodes=${unicodes}`,
      '--layout-features=*',
      '--drop-tables+=FFTM',
      `--output-file=${FONT_SUBSET_DIR}/${file}`,
    ],
    { stdio: 'inherit' },
  );
  console.log(`${FONT_SUBSET_DIR}/${file}`);
}

function hex(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}
