import { describe, expect, it } from 'vitest';
import { FIRST_YEAR, parseOptions, UsageError } from './options';

const now = new Date('2026-12-01T12:00:00Z');
const parse = (...argv: string[]) => parseOptions(argv, {}, now);
const refused = (...argv: string[]) => {
  try {
    parse(...argv);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`accepted: ${argv.join(' ')}`);
};

describe('the importer command line', () => {
  it('without years means every data year from 2012 to last year, to bring a folder up to date', () => {
    const opts = parse();
    expect(opts.explicit).toBe(false);
    expect(opts.years[0]).toBe(FIRST_YEAR);
    expect(opts.years.at(-1)).toBe(2025);
    expect(opts.base).toBe('https://api.kolada.se/v3');
    expect(opts.timeoutMs).toBe(30_000);
  });

  it('with --from or --to means exactly those years', () => {
    expect(parse('--from', '2023', '--to', '2024')).toMatchObject({
      explicit: true,
      years: [2023, 2024],
    });
    expect(parse('--from', '2024').years).toEqual([2024, 2025]);
    expect(parse('--to', '2013').years).toEqual([2012, 2013]);
  });

  it('refuses a year outside 2012 to this year, or not written with four digits', () => {
    expect(refused('--to', '20244')).toBe(
      '--to 20244: ange ett dataår 2012–2026 med fyra siffror (Koladas nationella Insikt-serie börjar 2012).',
    );
    expect(refused('--from', '2010')).toMatch(/^--from 2010: ange ett dataår 2012–2026/);
    expect(refused('--to', '2027')).toMatch(/^--to 2027:/);
    expect(refused('--from', '2023.5')).toMatch(/^--from 2023\.5:/);
    expect(refused('--from', '2024', '--to', '2023')).toBe('--from 2024 ligger efter --to 2023.');
  });

  it('caps the number of years in one run', () => {
    const far = new Date('2060-06-01T00:00:00Z');
    expect(() => parseOptions([], {}, far)).toThrow('2012–2059 är fler än 40 år');
  });

  it('refuses unknown options, missing values and stray arguments in one line of Swedish', () => {
    expect(refused('--bogus')).toBe('Okänd flagga --bogus.');
    expect(refused('-x')).toBe('Okänd flagga -x.');
    expect(refused('--from')).toBe('Flaggan --from saknar ett värde.');
    expect(refused('--force=yes')).toBe('Flaggan --force tar inget värde.');
    expect(refused('2023')).toBe(
      'Okänt argument "2023": alla val anges som flaggor (--from 2023).',
    );
  });

  it('refuses a base URL that is not http(s), and a timeout that is not seconds', () => {
    expect(refused('--base-url', 'ftp://api.kolada.se/v3')).toMatch(/^--base-url ftp:/);
    expect(refused('--base-url', 'inte en adress')).toMatch(/inte en adress/);
    expect(refused('--timeout', 'snart')).toBe('--timeout snart: ange sekunder, 1–600.');
    expect(parse('--base-url', 'http://127.0.0.1:8080/v3/').base).toBe('http://127.0.0.1:8080/v3');
    expect(parseOptions([], { KOLADA_BASE_URL: '' }, now).base).toBe('https://api.kolada.se/v3');
    expect(parseOptions([], { KOLADA_BASE_URL: 'http://127.0.0.1:9/v3' }, now).base).toBe(
      'http://127.0.0.1:9/v3',
    );
  });
});
