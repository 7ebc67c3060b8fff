/**
 * The data year of a result file. It comes from the file name ("2021.csv", "insikt_2021_nki.csv":
 * one 20xx not part of a longer number) or from a year column; a file holds one year. Neither,
 * several, or the two disagreeing is an error: a wrong year would put every fact on the wrong page.
 */
import type { Problem, RawTable } from './model';
import type { Columns } from './row';

/** The year from the file name or a year column; neither, both disagreeing, or several → error. */
export function yearOf(table: RawTable, fields: Columns, problems: Problem[]): number | undefined {
  const { file } = table;
  const error = (message: string, line = 0, column = 0, raw?: string) =>
    problems.push({ file, line, column, severity: 'error', message, raw });
  const fromName = [
    ...new Set([...file.matchAll(/(?<!\d)(20\d\d)(?!\d)/g)].map((m) => Number(m[1]))),
  ];
  const yearAt = fields.findIndex((f) => f?.kind === 'year');
  const fromColumn = new Map<number, number>();
  for (const raw of yearAt >= 0 ? table.rows : []) {
    const text = (raw.cells[yearAt] ?? '').trim();
    if (text === '') continue;
    if (!/^(19|20)\d\d$/.test(text))
      error(`Årtalet "${text}" går inte att läsa.`, raw.line, yearAt + 1, text);
    else if (!fromColumn.has(Number(text))) fromColumn.set(Number(text), raw.line);
  }
  const columnYears = [...fromColumn.keys()];
  if (columnYears.length > 1) {
    error(`Filen innehåller flera år (${columnYears.join(', ')}); lägg varje år i en egen fil.`);
    return undefined;
  }
  const columnYear = columnYears[0];
  if (columnYear !== undefined) {
    if (fromName.length > 0 && !fromName.includes(columnYear)) {
      error(`Filnamnet anger ${fromName.join(', ')} men kolumnen År anger ${columnYear}.`);
      return undefined;
    }
    return columnYear;
  }
  if (fromName.length === 1) return fromName[0];
  error(
    fromName.length > 1
      ? `Filnamnet innehåller flera årtal (${fromName.join(', ')}); döp filen efter dataåret, t.ex. 2021.csv.`
      : 'Kan inte avgöra vilket år filen gäller: döp filen efter dataåret (2021.csv) eller lägg till en kolumn "År".',
  );
  return undefined;
}
