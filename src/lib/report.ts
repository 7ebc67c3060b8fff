/**
 * ValidationReport → the Swedish text that check-data and the build print: what was read (rows per
 * file, units per year), then every problem as `fil:rad:kolumn fel|varning: meddelande`, then the
 * counts. The location format is the one editors and terminals make clickable. Text from the
 * files (cells, names, file names) is printed with control characters escaped (`\x1B`, `\n`), so
 * a cell cannot move the cursor, recolour the terminal, hide a line or split one in two.
 */
import type { Problem, SourceLocation, ValidationReport } from './model';
import { yearSourceName } from './year';

/** The whole report; `quiet` leaves out the summary of what was read. */
export function formatReport(report: ValidationReport, opts: { quiet?: boolean } = {}): string {
  const lines: string[] = [];
  if (!opts.quiet) {
    lines.push('Resultatfiler:');
    if (report.files.length === 0) lines.push('  (inga)');
    for (const f of report.files) {
      const year =
        f.year === undefined
          ? 'år okänt'
          : `år ${f.year}${f.yearSource ? ` enligt ${yearSourceName(f.yearSource)}` : ''}`;
      const where = f.sheet === undefined ? f.file : `${f.file}, blad "${f.sheet}"`;
      lines.push(
        `  ${where}: ${count(f.rowsRead, 'rad', 'rader')} lästa, ${count(f.units, 'enhet', 'enheter')} (${year})`,
      );
    }
    const years = [
      ...new Set(report.files.flatMap((f) => (f.year === undefined ? [] : [f.year]))),
    ].sort();
    if (years.length > 0) {
      lines.push('Enheter per år:');
      for (const year of years) {
        const merged = report.merges?.find((m) => m.year === year);
        const units =
          merged?.units ??
          report.files.filter((f) => f.year === year).reduce((n, f) => n + f.units, 0);
        lines.push(`  ${year}: ${count(units, 'enhet', 'enheter')}`);
      }
    }
    for (const merge of report.merges ?? []) {
      lines.push(`År ${merge.year} är sammanfogat ur flera filer, per enhet:`);
      for (const c of merge.columns) lines.push(`  ${c.file}: ${c.fields.join(', ')}`);
    }
  }
  if (report.skipped?.length) {
    lines.push('Lästes inte (inga resultatfiler):');
    for (const s of report.skipped) lines.push(`  ${s.file} (${s.reason})`);
  }
  const problems = [...report.problems].sort(byLocation);
  if (problems.length > 0) {
    if (lines.length > 0) lines.push('');
    for (const p of problems) lines.push(formatProblem(p));
  }
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  if (lines.length > 0) lines.push('');
  lines.push(
    `${errors === 0 ? 'Inga fel' : count(errors, 'fel', 'fel')}, ` +
      `${warnings === 0 ? 'inga varningar' : count(warnings, 'varning', 'varningar')}.`,
  );
  return lines.map(escapeControl).join('\n');
}

/**
 * Control characters shown, not obeyed: C0 and C1 controls and DEL as `\x1B`, `\n`, `\t`, and
 * the invisible direction marks and overrides (which can make a line read backwards) as `\u202E`.
 */
export function escapeControl(text: string): string {
  return text.replace(
    /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    (ch) => {
      const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
      const code = ch.charCodeAt(0);
      return (
        named[ch] ??
        (code < 0x100
          ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`
          : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`)
      );
    },
  );
}

/**
 * Where a problem is: `2021.csv:3:1` for text files (line or column 0 left out), and
 * `Insikt 2023.xlsx, blad "NKI 2023", C7` for a workbook, as Excel names the cell.
 */
export function formatWhere(p: SourceLocation): string {
  if (p.sheet !== undefined) {
    const cell = p.line > 0 ? `, ${p.column > 0 ? columnLetters(p.column) : 'rad '}${p.line}` : '';
    return `${p.file}, blad "${p.sheet}"${cell}`;
  }
  return [
    p.file,
    p.line > 0 ? p.line : undefined,
    p.line > 0 && p.column > 0 ? p.column : undefined,
  ]
    .filter((x) => x !== undefined)
    .join(':');
}

/** 1 → "A", 27 → "AA". */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** `2021.csv:3:1 fel: Okänd kommun "Kalixx". Menade du "Kalix"?` */
export function formatProblem(p: Problem): string {
  const where = formatWhere(p);
  const severity = p.severity === 'error' ? 'fel' : 'varning';
  const hint = p.suggestions?.length
    ? ` Menade du ${orList(p.suggestions.map((s) => `"${s}"`))}?`
    : '';
  return escapeControl(`${where} ${severity}: ${p.message}${hint}`);
}

function byLocation(a: Problem, b: Problem): number {
  return (
    a.file.localeCompare(b.file, 'sv-SE') ||
    (a.sheet ?? '').localeCompare(b.sheet ?? '', 'sv-SE') ||
    a.line - b.line ||
    a.column - b.column
  );
}

function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString('sv-SE')} ${n === 1 ? one : many}`;
}

function orList(items: string[]): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} eller ${items.at(-1)}`;
}
