/**
 * The importer's command line, checked in full before the first request: every option known,
 * every value of the right form, the years within Koladas national series (2012 to this year)
 * and bounded in number. A mistake is a UsageError with a one-line Swedish message; the script
 * prints it with the usage, never a stack trace.
 */
import { parseArgs } from 'node:util';

/** The first data year of SKR's national survey in Kolada (before: regional surveys only). */
export const FIRST_YEAR = 2012;
/** Data years without a national survey (it was every other year until 2014): not asked for
 * when a folder is brought up to date, though --from/--to may still name them. */
export const NO_SURVEY_YEARS: readonly number[] = [2013];
/** At most this many data years in one run (each year is one request per KPI). */
export const MAX_YEARS = 40;
const DEFAULT_BASE = 'https://api.kolada.se/v3';

export const USAGE = [
  'Användning: npm run import:kolada -- [--from ÅR] [--to ÅR] [--force] [--out MAPP] [--mapping FIL] [--base-url URL] [--timeout SEKUNDER]',
  `  utan --from/--to   lägger till de dataår ${FIRST_YEAR}–förra året som saknas i mappen (befintliga filer lämnas orörda)`,
  '  --from, --to       bara dessa dataår; en fil som redan finns är ett fel utan --force',
  '  --force            hämtar och skriver om även år som redan har en fil (allt eller inget)',
  '  --out              mappen för resultatfilerna (NKI_RESULTS_DIR, annars data/results)',
  '  --mapping          kopplingen nyckeltal → mått (data/reference/kolada-kpis.csv)',
  '  --base-url         Koladas API (KOLADA_BASE_URL, annars https://api.kolada.se/v3)',
  '  --timeout          sekunder per anrop (30)',
].join('\n');

/** A mistake on the command line; the message is one line of Swedish. */
export class UsageError extends Error {}

export interface ImportOptions {
  /** The data years to consider, ascending. */
  years: number[];
  /** True when --from or --to was given: exactly these years, an existing file is an error. */
  explicit: boolean;
  force: boolean;
  help: boolean;
  /** Undefined: the caller's default (NKI_RESULTS_DIR, else data/results). */
  out?: string;
  mapping?: string;
  base: string;
  timeoutMs: number;
}

/** Parses and checks the arguments; throws UsageError. `now` decides "this year". */
export function parseOptions(
  argv: string[],
  env: Record<string, string | undefined> = process.env,
  now: Date = new Date(),
): ImportOptions {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        out: { type: 'string' },
        'base-url': { type: 'string' },
        mapping: { type: 'string' },
        force: { type: 'boolean', default: false },
        timeout: { type: 'string', default: '30' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    throw new UsageError(argumentMessage(error as Error & { code?: string }));
  }
  const thisYear = now.getUTCFullYear();
  const year = (name: 'from' | 'to', fallback: number) => {
    const raw = values[name];
    if (raw === undefined) return fallback;
    const text = String(raw).trim();
    const n = /^\d{4}$/.test(text) ? Number(text) : NaN;
    if (!Number.isInteger(n) || n < FIRST_YEAR || n > thisYear) {
      throw new UsageError(
        `--${name} ${text}: ange ett dataår ${FIRST_YEAR}–${thisYear} med fyra siffror (Koladas nationella Insikt-serie börjar ${FIRST_YEAR}).`,
      );
    }
    return n;
  };
  const explicit = values.from !== undefined || values.to !== undefined;
  const from = year('from', FIRST_YEAR);
  const to = year('to', thisYear - 1);
  if (from > to) throw new UsageError(`--from ${from} ligger efter --to ${to}.`);
  if (to - from + 1 > MAX_YEARS) {
    throw new UsageError(`${from}–${to} är fler än ${MAX_YEARS} år; hämta i flera omgångar.`);
  }

  const timeout = Number(String(values.timeout).trim());
  if (!/^\d+(\.\d+)?$/.test(String(values.timeout).trim()) || timeout <= 0 || timeout > 600) {
    throw new UsageError(`--timeout ${String(values.timeout)}: ange sekunder, 1–600.`);
  }

  // An empty KOLADA_BASE_URL (an unset CI variable) means the default.
  const rawBase = String(
    values['base-url'] ?? (env.KOLADA_BASE_URL?.trim() || DEFAULT_BASE),
  ).trim();
  let base: URL;
  try {
    base = new URL(rawBase);
  } catch {
    throw new UsageError(`--base-url ${rawBase}: inte en adress (t.ex. ${DEFAULT_BASE}).`);
  }
  if (!/^https?:$/.test(base.protocol) || base.username || base.password || base.search) {
    throw new UsageError(
      `--base-url ${rawBase}: ange en http- eller https-adress utan inloggning eller frågedel (t.ex. ${DEFAULT_BASE}).`,
    );
  }
  for (const name of ['out', 'mapping'] as const) {
    if (values[name] !== undefined && String(values[name]).trim() === '') {
      throw new UsageError(`--${name} saknar en sökväg.`);
    }
  }
  return {
    years: Array.from({ length: to - from + 1 }, (_, i) => from + i),
    explicit,
    force: values.force === true,
    help: values.help === true,
    ...(values.out === undefined ? {} : { out: String(values.out) }),
    ...(values.mapping === undefined ? {} : { mapping: String(values.mapping) }),
    base: base.href.replace(/\/+$/, ''),
    timeoutMs: timeout * 1000,
  };
}

/** node:util's parseArgs errors in Swedish, one line each. */
function argumentMessage(error: Error & { code?: string }): string {
  const option = /'([^']+)'/.exec(error.message)?.[1] ?? '';
  const flag = option.split(/[ ,]/)[0] ?? option;
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `Okänd flagga ${flag}.`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return `Flaggan ${flag} ${/does not take/.test(error.message) ? 'tar inget värde' : 'saknar ett värde'}.`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `Okänt argument "${option}": alla val anges som flaggor (--from 2023).`;
    default:
      return `Argumenten går inte att läsa: ${error.message}`;
  }
}
