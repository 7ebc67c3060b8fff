/**
 * A unit-year's areas as a table, and what its results rest on as a fact tile: the answers and
 * response rates wherever the file gives them (SKR's files do; Kolada has the rate for 2022 only).
 */
import { AREAS } from '../lib/areas';
import type { UnitYear } from '../lib/model';
import { answersWords } from '../text/basis-words';
import { formatDelta, formatNumber, formatRate, gradeLabel } from '../text/format';
import { scoreText } from '../text/labels';
import { rankText, type Fact } from './unit-facts';

export interface AreaTable {
  columns: string[];
  rows: string[][];
}

/** "Underlag: 294 svar, svarsfrekvens 59 %"; undefined when the file has neither. */
export function basisFact(uy: UnitYear): Fact | undefined {
  const { answers, responseRate } = uy.row;
  if (uy.nki.kind !== 'measured') return undefined;
  if (answers !== undefined) {
    return {
      label: 'Underlag, NKI totalt',
      value: answersWords(answers),
      note: responseRate !== undefined ? `svarsfrekvens ${formatRate(responseRate)}` : undefined,
    };
  }
  return responseRate !== undefined
    ? { label: 'Svarsfrekvens', value: formatRate(responseRate) }
    : undefined;
}

/** Area, index, grade, place, change; answers and response rate when the file has them. */
export function areaTable(uy: UnitYear): AreaTable {
  const shown = AREAS.flatMap((a) => {
    const ay = uy.areas.find((x) => x.area === a.id);
    return ay ? [{ name: a.name, ay, result: uy.row.areas[a.id] }] : [];
  });
  const withAnswers = shown.some((x) => x.ay.answers !== undefined);
  const withRates = shown.some((x) => x.result?.responseRate !== undefined);
  const columns = ['Område', 'Index', 'Betyg', 'Placering i landet', 'Förändring'];
  if (withAnswers) columns.push('Antal svar');
  if (withRates) columns.push('Svarsfrekvens');
  const rows = shown.map(({ name, ay, result }) => {
    const change = ay.change
      ? ay.change.acrossBreak
        ? 'ej jämförbart (seriebrott)'
        : `${formatDelta(ay.change.delta)} sedan ${ay.change.fromYear}`
      : '–';
    const row = [
      name,
      scoreText(ay.score),
      ay.grade ? gradeLabel(ay.grade) : '–',
      rankText(ay.rank),
      change,
    ];
    if (withAnswers) row.push(ay.answers !== undefined ? formatNumber(ay.answers) : '–');
    if (withRates)
      row.push(result?.responseRate !== undefined ? formatRate(result.responseRate) : '–');
    return row;
  });
  return { columns, rows };
}
