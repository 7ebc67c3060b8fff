import { describe, expect, it } from 'vitest';
import type { Problem, ValidationReport } from './model';
import { formatProblem, formatReport } from './report';

const problem = (over: Partial<Problem>): Problem => ({
  file: '2021.csv',
  line: 3,
  column: 1,
  severity: 'error',
  message: 'Okänd kommun "Kalixx".',
  ...over,
});

describe('formatProblem', () => {
  it('writes file:line:column, the severity in Swedish and the suggestion as a question', () => {
    expect(formatProblem(problem({ suggestions: ['Kalix'] }))).toBe(
      '2021.csv:3:1 fel: Okänd kommun "Kalixx". Menade du "Kalix"?',
    );
  });

  it('joins several suggestions with "eller"', () => {
    expect(
      formatProblem(
        problem({ message: 'Okänd kommun "Hbo".', suggestions: ['Habo', 'Håbo', 'Hjo'] }),
      ),
    ).toBe('2021.csv:3:1 fel: Okänd kommun "Hbo". Menade du "Habo", "Håbo" eller "Hjo"?');
  });

  it('leaves out a column or line that is 0, and calls a warning "varning"', () => {
    expect(formatProblem(problem({ column: 0, severity: 'warning', message: 'Anteckning.' }))).toBe(
      '2021.csv:3 varning: Anteckning.',
    );
    expect(formatProblem(problem({ line: 0, column: 0, message: 'Filen är tom.' }))).toBe(
      '2021.csv fel: Filen är tom.',
    );
  });
});

describe('formatReport', () => {
  const report: ValidationReport = {
    files: [
      { file: '2020.csv', year: 2020, rowsRead: 199, units: 198 },
      { file: '2021.csv', year: 2021, rowsRead: 2, units: 1 },
      { file: 'gammal.csv', rowsRead: 0, units: 0 },
    ],
    problems: [
      problem({ line: 5, column: 2, message: 'Värdet 140 ligger utanför 0–100.' }),
      problem({ suggestions: ['Kalix'] }),
      problem({
        file: '2020.csv',
        line: 9,
        column: 0,
        severity: 'warning',
        message: 'Anteckning.',
      }),
    ],
  };

  it('lists rows and units per file and year, then the problems in file and line order, then the counts', () => {
    expect(formatReport(report)).toBe(
      [
        'Resultatfiler:',
        '  2020.csv: 199 rader lästa, 198 enheter (år 2020)',
        '  2021.csv: 2 rader lästa, 1 enhet (år 2021)',
        '  gammal.csv: 0 rader lästa, 0 enheter (år okänt)',
        'Enheter per år:',
        '  2020: 198 enheter',
        '  2021: 1 enhet',
        '',
        '2020.csv:9 varning: Anteckning.',
        '2021.csv:3:1 fel: Okänd kommun "Kalixx". Menade du "Kalix"?',
        '2021.csv:5:2 fel: Värdet 140 ligger utanför 0–100.',
        '',
        '2 fel, 1 varning.',
      ].join('\n'),
    );
  });

  it('prints only the problems and counts when quiet, and says so when all is well', () => {
    expect(formatReport({ files: report.files, problems: [] }, { quiet: true })).toBe(
      'Inga fel, inga varningar.',
    );
  });
});
