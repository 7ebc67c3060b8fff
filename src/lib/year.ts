/**
 * The data year of a result table. It comes from a year column, the file name ("2021.csv",
 * "Insikt 2023 NKI per kommun.xlsx": one 20xx not part of a longer number), a workbook's sheet
 * name ("NKI 2023") or, failing those, a title row above the header ("Insikt 2023 – NKI per
 * kommun"); a table holds one year. None, several, or two sources disagreeing is an error: a
 * wrong year would put every fact on the wrong page. A title row is checked against the source
 * that decided too ("Insikt 2019" above the rows of 2021.csv is an error), and the year must lie
 * between Insikt's first survey (2005) and this year. The caller is told which source decided.
 */
import { clip } from './limits';
import type { Problem, RawTable, YearSource } from './model';
import type { Columns } from './row';

/** Years in a text: 20xx not part of a longer number (nor, in a title, of a date "2026-12-01"). */
function yearsIn(text: string, title = false): number[] {
  const pattern = title ? /(?<!\d)(20\d\d)(?!\d|-\d)/g : /(?<!\d)(20\d\d)(?!\d)/g;
  return [...new Set([...text.matchAll(pattern)].map((m) => Number(m[1])))];
}

/** SKR's Insikt survey started with the cases of 2005; no file can hold an earlier year. */
export const FIRST_YEAR = 2005;

const NAMED: Record<YearSource, string> = {
  column: 'kolumnen År',
  'file-name': 'filnamnet',
  'sheet-name': 'bladnamnet',
  title: 'rubriken',
};

/** Swedish name of a year source, for the report: "filnamnet", "bladnamnet". */
export function yearSourceName(source: YearSource): string {
  return NAMED[source];
}

/** The year and where it was read; an error is reported when it cannot be decided. */
export function yearOf(
  table: RawTable,
  fields: Columns,
  problems: Problem[],
  thisYear = new Date().getFullYear(),
): { year?: number; source?: YearSource } {
  const decided = decideYear(table, fields, problems);
  const { year, source } = decided;
  if (year === undefined || source === undefined) return decided;
  if (year < FIRST_YEAR || year > thisYear) {
    const why =
      year < FIRST_YEAR
        ? `Insikt började med ärendena ${FIRST_YEAR}`
        : `ett år som inte är slut har inga resultat`;
    problems.push({
      file: table.file,
      line: 0,
      column: 0,
      severity: 'error',
      message: `Året ${year} (enligt ${NAMED[source]}) ligger utanför ${FIRST_YEAR}–${thisYear}: ${why}. Stämmer årtalet?`,
    });
    return {};
  }
  return decided;
}

function decideYear(
  table: RawTable,
  fields: Columns,
  problems: Problem[],
): { year?: number; source?: YearSource } {
  const { file } = table;
  const error = (message: string, line = 0, column = 0, raw?: string) =>
    problems.push({ file, line, column, severity: 'error', message, raw });
  const yearAt = fields.findIndex((f) => f?.kind === 'year');
  const fromColumn = new Map<number, number>();
  for (const raw of yearAt >= 0 ? table.rows : []) {
    const text = (raw.cells[yearAt] ?? '').trim();
    if (text === '') continue;
    if (!/^(19|20)\d\d$/.test(text))
      error(`Årtalet "${clip(text)}" går inte att läsa.`, raw.line, yearAt + 1, text);
    else if (!fromColumn.has(Number(text))) fromColumn.set(Number(text), raw.line);
  }
  const columnYears = [...fromColumn.keys()];
  if (columnYears.length > 1) {
    error(`Filen innehåller flera år (${columnYears.join(', ')}); lägg varje år i en egen fil.`);
    return {};
  }
  const candidates: [YearSource, number[]][] = [
    ['column', columnYears],
    ['file-name', yearsIn(file)],
    ['sheet-name', table.sheet === undefined ? [] : yearsIn(table.sheet)],
  ];
  const stated = candidates.filter(([, years]) => years.length > 0);
  const decided = stated.find(([, years]) => years.length === 1);
  if (decided) {
    const [source, [year]] = decided as [YearSource, [number]];
    const says = (s: [YearSource, number[]]) => `${NAMED[s[0]]} anger ${s[1].join(', ')}`;
    const other = stated.find(([, years]) => !years.includes(year));
    if (other) {
      error(`${capitalized(says(other))} men ${says(decided)}.`);
      return {};
    }
    // A title naming other years only ("Insikt 2019" above 2021's rows) contradicts the file.
    const inTitle = yearsIn(table.titleLines.join(' '), true);
    if (inTitle.length > 0 && !inTitle.includes(year)) {
      error(
        `${capitalized(says(['title', inTitle]))} men ${says(decided)}. Rätta rubriken eller filnamnet så att de anger dataåret.`,
      );
      return {};
    }
    return { year, source };
  }
  const titleYears = yearsIn(table.titleLines.join(' '), true);
  if (stated.length === 0 && titleYears.length === 1)
    return { year: titleYears[0], source: 'title' };
  error(
    stated.length > 0
      ? `${capitalized(NAMED[stated[0]![0]])} innehåller flera årtal (${stated[0]![1].join(', ')}); döp filen efter dataåret, t.ex. 2021.csv.`
      : table.sheet === undefined
        ? 'Kan inte avgöra vilket år filen gäller: döp filen efter dataåret (2021.csv) eller lägg till en kolumn "År".'
        : 'Kan inte avgöra vilket år bladet gäller: skriv dataåret i filnamnet eller bladnamnet ("NKI 2023"), eller lägg till en kolumn "År".',
  );
  return {};
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
