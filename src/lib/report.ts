/**
 * ValidationReport → the Swedish text that check-data and the build print: what was read (rows per
 * file, units per year), then every problem as `fil:rad:kolumn fel|varning: meddelande`, then the
 * counts. The location format is the one editors and terminals make clickable.
 */
import type { Problem, ValidationReport } from './model';

/** The whole report; `quiet` leaves out the summary of what was read. */
export function formatReport(report: ValidationReport, opts: { quiet?: boolean } = {}): string {
  const lines: string[] = [];
  if (!opts.quiet) {
    lines.push('Resultatfiler:');
    if (report.files.length === 0) lines.push('  (inga)');
    for (const f of report.files) {
      const year = f.year === undefined ? 'år okänt' : `år ${f.year}`;
      lines.push(
        `  ${f.file}: ${count(f.rowsRead, 'rad', 'rader')} lästa, ${count(f.units, 'enhet', 'enheter')} (${year})`,
      );
    }
    const years = [
      ...new Set(report.files.flatMap((f) => (f.year === undefined ? [] : [f.year]))),
    ].sort();
    if (years.length > 0) {
      lines.push('Enheter per år:');
      for (const year of years) {
        const units = report.files.filter((f) => f.year === year).reduce((n, f) => n + f.units, 0);
        lines.push(`  ${year}: ${count(units, 'enhet', 'enheter')}`);
      }
    }
  }
  const problems = [...report.problems].sort(byLocation);
  if (problems.length > 0) {
    if (lines.length > 0) lines.push('');
    lines.push(...problems.map(formatProblem));
  }
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  if (lines.length > 0) lines.push('');
  lines.push(
    `${errors === 0 ? 'Inga fel' : count(errors, 'fel', 'fel')}, ` +
      `${warnings === 0 ? 'inga varningar' : count(warnings, 'varning', 'varningar')}.`,
  );
  return lines.join('\n');
}

/** `2021.csv:3:1 fel: Okänd kommun "Kalixx". Menade du "Kalix"?` (line or column 0 left out). */
export function formatProblem(p: Problem): string {
  const where = [
    p.file,
    p.line > 0 ? p.line : undefined,
    p.line > 0 && p.column > 0 ? p.column : undefined,
  ]
    .filter((x) => x !== undefined)
    .join(':');
  const severity = p.severity === 'error' ? 'fel' : 'varning';
  const hint = p.suggestions?.length
    ? ` Menade du ${orList(p.suggestions.map((s) => `"${s}"`))}?`
    : '';
  return `${where} ${severity}: ${p.message}${hint}`;
}

function byLocation(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file, 'sv-SE') || a.line - b.line || a.column - b.column;
}

function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString('sv-SE')} ${n === 1 ? one : many}`;
}

function orList(items: string[]): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} eller ${items.at(-1)}`;
}
