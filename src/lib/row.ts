/**
 * One data row → a ResultRow, with every faulty cell reported (file, line, 1-based column, raw
 * text, Swedish message). Values are indexes 0–100, placements positive integers, answer counts
 * non-negative integers, response rates percent 0–100. A result resting on fewer than 7 answers
 * is not shown by SKR, so it becomes a missing Score with reason 'too-few-answers'.
 */
import type { AreaId, FactorId } from './areas';
import type { Field } from './columns';
import type { AreaResult, Problem, RawRow, ResultRow, Score } from './model';
import { parseNumber, type Cell } from './numbers';

/** Where each read column sits: `columns[i]` is the field of cell i, if it is read. */
export type Columns = readonly (Field | undefined)[];

/** The cell readers for one row, by column index (-1: no such column); each reports its faults. */
interface RowReader {
  score(i: number): Score;
  place(i: number): number | undefined;
  count(i: number): number | undefined;
  rate(i: number): number | undefined;
  /** A measured score on 1–6 answers becomes 'too-few-answers', with a warning. */
  fewAnswers(score: Score, i: number, answers: number | undefined): Score;
}

/** Reads the typed values of a row whose unit is already known. */
export function readRow(
  raw: RawRow,
  columns: Columns,
  base: { file: string; year: number; unitCode: string },
  problems: Problem[],
): ResultRow {
  const read = rowReader(raw, base.file, problems);
  const find = (match: (f: Field) => boolean) =>
    columns.findIndex((f) => f !== undefined && match(f));
  const byKind = (kind: Field['kind']) => find((f) => f.kind === kind);
  const forArea = (kind: Field['kind'], area: AreaId) =>
    find((f) => f.kind === kind && 'area' in f && f.area === area);

  const answers = read.count(byKind('answers'));
  const nuiAnswers = read.count(byKind('nuiAnswers'));
  const row: ResultRow = {
    source: { file: base.file, line: raw.line },
    year: base.year,
    unitCode: base.unitCode,
    nki: read.fewAnswers(read.score(byKind('nki')), byKind('nki'), answers),
    officialPlace: read.place(byKind('place')),
    officialCountyPlace: read.place(byKind('countyPlace')),
    areas: {},
    nui: read.fewAnswers(read.score(byKind('nui')), byKind('nui'), nuiAnswers),
    officialNuiPlace: read.place(byKind('nuiPlace')),
    nuiAnswers,
    factors: {},
    answers,
    responseRate: read.rate(byKind('responseRate')),
  };
  const areas = new Set(columns.flatMap((f) => (f && 'area' in f ? [f.area] : [])));
  for (const area of areas) {
    const areaAnswers = read.count(forArea('areaAnswers', area));
    const result: AreaResult = {
      score: read.fewAnswers(read.score(forArea('area', area)), forArea('area', area), areaAnswers),
      officialPlace: read.place(forArea('areaPlace', area)),
      answers: areaAnswers,
      responseRate: read.rate(forArea('areaResponseRate', area)),
    };
    row.areas[area] = result;
  }
  columns.forEach((f, i) => {
    if (f?.kind === 'factor') row.factors[f.factor as FactorId] = read.score(i);
  });
  return row;
}

function rowReader(raw: RawRow, file: string, problems: Problem[]): RowReader {
  const report = (i: number, message: string, severity: Problem['severity'] = 'error') =>
    problems.push({ file, line: raw.line, column: i + 1, severity, raw: raw.cells[i], message });

  /** The cell as a Cell; a faulty one is reported and read as 'invalid'. Undefined: no column. */
  function number(
    i: number,
    what: string,
    check: (v: number) => string | undefined,
  ): Cell | undefined {
    if (i < 0) return undefined;
    const text = raw.cells[i] ?? '';
    const cell = parseNumber(text);
    if (cell.kind === 'invalid') {
      report(i, `"${text.trim()}" är inte ett tal (${what}).`);
      return cell;
    }
    if (cell.kind === 'missing') return cell;
    const fault = check(cell.value);
    if (fault) {
      report(i, fault);
      return { kind: 'invalid' };
    }
    return cell;
  }
  const value = (v: number) => v.toLocaleString('sv-SE');
  const inRange = (v: number) =>
    v < 0 || v > 100 ? `Värdet ${value(v)} ligger utanför 0–100.` : undefined;

  return {
    score(i) {
      const cell = number(i, 'ett index 0–100', inRange);
      // A faulty cell is already an error; the row is not used, so the placeholder never shows.
      if (!cell || cell.kind === 'invalid') return { kind: 'missing', reason: 'no-result' };
      if (cell.kind === 'missing') return cell;
      return { kind: 'measured', value: cell.value };
    },
    place(i) {
      const cell = number(i, 'en placering', (v) =>
        Number.isInteger(v) && v >= 1
          ? undefined
          : `Placeringen ${value(v)} är inte ett positivt heltal.`,
      );
      return cell?.kind === 'number' ? cell.value : undefined;
    },
    count(i) {
      const cell = number(i, 'ett antal svar', (v) =>
        Number.isInteger(v) && v >= 0
          ? undefined
          : `Antalet svar ${value(v)} är inte ett heltal 0 eller större.`,
      );
      return cell?.kind === 'number' ? cell.value : undefined;
    },
    rate(i) {
      const cell = number(i, 'en svarsfrekvens i procent', (v) =>
        v < 0 || v > 100 ? `Svarsfrekvensen ${value(v)} ligger utanför 0–100 %.` : undefined,
      );
      return cell?.kind === 'number' ? cell.value : undefined;
    },
    fewAnswers(score, i, answers) {
      // 1–6 answers: SKR shows no result, whatever the cell says.
      if (answers === undefined || answers < 1 || answers >= 7) return score;
      if (score.kind === 'measured') {
        const message = `Resultatet bygger på ${answers} svar; färre än 7 svar visas inte, så värdet används inte.`;
        report(i, message, 'warning');
      }
      return { kind: 'missing', reason: 'too-few-answers' };
    },
  };
}
