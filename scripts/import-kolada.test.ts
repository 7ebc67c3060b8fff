/**
 * `npm run import:kolada` as a person runs it, against the stand-in Kolada on 127.0.0.1
 * (test/kolada/stand-in.ts: the 2026 titles, real figures for 2021 and 2022, stand-in values
 * for 2024 on the new definition, and scenarios with one thing wrong).
 */
import { execFile } from 'node:child_process';
import { childEnv } from '../test/support/child-env';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { standIn, standInBase, type Scenario } from '../test/kolada/stand-in';
import { projectPath } from '../test/support/paths';

function run(args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
    execFile(
      process.execPath,
      [
        projectPath('node_modules/tsx/dist/cli.mjs'),
        projectPath('scripts/import-kolada.ts'),
        ...args,
      ],
      {
        cwd: projectPath(''),
        env: childEnv({ KOLADA_RETRY_MS: '20', ...env }),
      },
      (error, stdout, stderr) =>
        done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

function checkData(folder: string) {
  return new Promise<{ code: number; stdout: string }>((done) =>
    execFile(
      process.execPath,
      [projectPath('node_modules/tsx/dist/cli.mjs'), projectPath('scripts/check-data.ts')],
      { cwd: projectPath(''), env: childEnv({ NKI_RESULTS_DIR: folder }) },
      (error, stdout) => done({ code: error ? 1 : 0, stdout }),
    ),
  );
}

/** Every file in a folder with its bytes, to show that nothing changed. */
const snapshot = (folder: string) =>
  existsSync(folder)
    ? Object.fromEntries(
        readdirSync(folder)
          .sort()
          .map((f) => [f, readFileSync(join(folder, f), 'utf8')]),
      )
    : {};
const committed = (year: number) => readFileSync(projectPath(`data/results/${year}.csv`), 'utf8');
const lines = (text: string) => text.trimEnd().split('\n');
/** The lines of the stand-in's municipalities (and Riket) in a result file. */
const realLines = (text: string) =>
  lines(text).filter((l) => /^(0126|2514|2580|2582|0000),/.test(l));

describe('npm run import:kolada', { timeout: 120_000 }, () => {
  const { server, requests } = standIn();
  let dir = '';
  let n = 0;
  /** A fresh folder for one run's results and mapping. */
  const fresh = () => {
    const folder = join(dir, `run-${++n}`);
    mkdirSync(folder);
    return { results: join(folder, 'results'), mapping: join(folder, 'kolada-kpis.csv'), folder };
  };
  const paths = (f: { results: string; mapping: string }) => [
    '--out',
    f.results,
    '--mapping',
    f.mapping,
  ];
  /** A results folder holding the committed 2021 and 2022 files, byte for byte. */
  const withCommitted = () => {
    const f = fresh();
    mkdirSync(f.results);
    for (const y of [2021, 2022])
      copyFileSync(projectPath(`data/results/${y}.csv`), join(f.results, `${y}.csv`));
    return f;
  };
  const base = (scenario: Scenario | '' = '') => standInBase(server, scenario);

  beforeAll(async () => {
    await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
    dir = mkdtempSync(join(tmpdir(), 'kolada-'));
  });
  afterAll(() => {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  describe('against Kolada with its 2026 titles', () => {
    const f = { results: '', mapping: '', folder: '' };
    let result = { code: 0, stdout: '', stderr: '' };
    let before = 0;
    beforeAll(async () => {
      Object.assign(f, fresh());
      before = requests.length;
      result = await run(['--from', '2021', '--to', '2024', '--base-url', base(), ...paths(f)]);
    });
    const mine = () => requests.slice(before);

    it('yields NKI totalt from U07451 to 2023 and from U07453 from 2024, as one measure', () => {
      expect(result.code).toBe(0);
      const y2024 = readFileSync(join(f.results, '2024.csv'), 'utf8');
      expect(lines(y2024).slice(0, 2)).toEqual([
        expect.stringMatching(
          /^Källa: Kolada \(RKA\) – licens CC BY 4\.0 – ursprung SKR Insikt\. KPI: U07453 U07554 U07553 U07447 U07449 U07455 U07450 U07459\. Hämtad \d{4}-\d\d-\d\d\.$/,
        ),
        'kod,namn,nki,antal_svar,svarsfrekvens,bygglov,miljo_och_halsoskydd,livsmedelskontroll,serveringstillstand,nui',
      ]);
      // Stand-in values (test/kolada/stand-in.ts, STAND_IN_2024), not Kolada's.
      expect(realLines(y2024)).toEqual([
        '0126,Huddinge,77.9,596,44.1,72.3,80.1,82.4,84,66.9',
        '2514,Kalix,82.6,121,41.3,85.2,79.8,83.1,,',
        '2580,Luleå,74.4,612,45.2,66,73.2,80.5,85.7,69.5',
        '2582,Boden,84.2,214,47,90.4,76.5,84.9,92,',
        '0000,Riket,75.6,,,,,,,',
      ]);
      const y2021 = readFileSync(join(f.results, '2021.csv'), 'utf8');
      expect(lines(y2021)[0]).toMatch(/ KPI: U07451 U07446 U07447 /);
      expect(y2021).toContain('\n2514,Kalix,86.36136644,');
    });

    it('gives the real figures exactly as the committed files have them', () => {
      for (const year of [2021, 2022]) {
        const imported = readFileSync(join(f.results, `${year}.csv`), 'utf8');
        expect(lines(imported)[1]).toBe(lines(committed(year))[1]);
        expect(realLines(imported)).toEqual(realLines(committed(year)));
      }
      // The 2022 response rates came from "svarsfrekvens, gammal definition (-2024)".
      expect(lines(readFileSync(join(f.results, '2022.csv'), 'utf8'))[0]).toMatch(
        / KPI: U07451 U07552 /,
      );
    });

    it('fetches each year from the KPIs of its definition and never the decoys', () => {
      const fetched = (pattern: RegExp) => mine().filter((r) => pattern.test(r));
      // The old definition's total, answers and rates are never asked for 2024 …
      expect(fetched(/(U07451|U07551|U07552)\/year\/2024/)).toEqual([]);
      // … nor the new definition's for the years before.
      expect(fetched(/(U07453|U07553|U07554)\/year\/202[123]/)).toEqual([]);
      expect(mine()).toContain('/v3/data/kpi/U07453/year/2024?per_page=500');
      expect(mine()).toContain('/v3/data/kpi/U07554/year/2024?per_page=500');
      expect(mine().filter((r) => /U40401|U40402|U07499|U07481|U07470/.test(r))).toEqual([]);
      // The 503 was retried, and the second page of U07451 2021 was followed.
      expect(mine().filter((r) => r === '/v3/data/kpi/U07451/year/2021?per_page=500')).toHaveLength(
        2,
      );
      expect(mine()).toContain('/v3/data/kpi/U07451/year/2021?per_page=500&page=2');
    });

    it('says what it left out and what Kolada has no values for', () => {
      expect(result.stdout).toContain(
        'Okänd titel, används inte: U07470 "Företagsklimat Insikt - Lotteritillstånd - Index"',
      );
      expect(result.stdout).not.toContain('Svenskt Näringsliv');
      expect(result.stdout).toContain(
        '2021.csv: 5 kommuner; riket; 1 rader för regioner m.fl. ignorerade; 1 värden saknas (null)',
      );
      expect(result.stdout).toContain(
        'Kolada har inga värden för 2023 (inte publicerade än, eller ingen undersökning det året); ingen fil.',
      );
      expect(existsSync(join(f.results, '2023.csv'))).toBe(false);
    });

    it('writes the mapping with both totals and the years each serves', () => {
      const mapping = readFileSync(f.mapping, 'utf8');
      expect(mapping).toContain(
        'U07451,"Företagsklimat Insikt - Totalt, Index, gammal definition (-2024)",nki,-2023\n',
      );
      expect(mapping).toContain(
        'U07453,"Företagsklimat Insikt - Totalt, Index, ny definition",nki,2024-\n',
      );
      expect(mapping).toContain(
        'U07554,"Företagsklimat Insikt, antal svar, ny definition",antal_svar,2024-\n',
      );
    });

    it('gives files that check-data reads, the null as a missing value', async () => {
      const checked = await checkData(f.results);
      expect(checked.stdout).toContain(
        '2021.csv: 6 rader lästa, 5 enheter (år 2021 enligt filnamnet)',
      );
      expect(checked.stdout).toContain(
        '2024.csv: 5 rader lästa, 4 enheter (år 2024 enligt filnamnet)',
      );
      expect(checked.code).toBe(0);
    });

    it('refuses a second run of the same years without --force and leaves the files as they were', async () => {
      const files = snapshot(f.results);
      const count = requests.length;
      const again = await run([
        '--from',
        '2021',
        '--to',
        '2024',
        '--base-url',
        base(),
        ...paths(f),
      ]);
      expect(again.code).toBe(1);
      expect(again.stderr).toContain(
        '2021.csv och 2 filer till finns redan. Kör med --force för att skriva över',
      );
      expect(snapshot(f.results)).toEqual(files);
      expect(requests.length).toBe(count);
    });
  });

  describe('without years: bringing a checkout up to date', () => {
    it('adds only the years the folder lacks and leaves the committed files byte for byte', async () => {
      const f = withCommitted();
      const files = snapshot(f.results);
      const before = requests.length;
      const { code, stdout } = await run(['--base-url', base(), ...paths(f)]);
      expect(code).toBe(0);
      expect(readdirSync(f.results).sort()).toEqual(['2021.csv', '2022.csv', '2024.csv']);
      expect(readFileSync(join(f.results, '2021.csv'), 'utf8')).toBe(files['2021.csv']);
      expect(readFileSync(join(f.results, '2022.csv'), 'utf8')).toBe(files['2022.csv']);
      expect(stdout).toContain('lämnas som de är: 2021, 2022 (--force hämtar dem igen)');
      const lastYear = new Date().getUTCFullYear() - 1;
      expect(stdout).toContain(
        `Kolada har inga värden för 2012, 2014–2020, 2023, 2025${lastYear > 2025 ? `–${lastYear}` : ''}`,
      );
      // The committed years were not even asked for, nor 2013, which had no survey.
      expect(requests.slice(before).filter((r) => /\/year\/(202[12]|2013)\b/.test(r))).toEqual([]);

      // A second run finds nothing new and writes nothing.
      const added = snapshot(f.results);
      const again = await run(['--base-url', base(), ...paths(f)]);
      expect(again.code).toBe(0);
      expect(again.stdout).toContain('är aktuell; inget skrivet.');
      expect(snapshot(f.results)).toEqual(added);
    });

    it('asks Kolada nothing when every data year has a file (2013 had no survey)', async () => {
      const f = withCommitted();
      const lastYear = new Date().getUTCFullYear() - 1;
      for (let y = 2012; y <= lastYear; y++) {
        if (y !== 2013 && !existsSync(join(f.results, `${y}.csv`))) {
          copyFileSync(projectPath('data/results/2021.csv'), join(f.results, `${y}.csv`));
        }
      }
      const count = requests.length;
      const { code, stdout } = await run(['--base-url', base(), ...paths(f)]);
      expect(code).toBe(0);
      expect(stdout).toContain(
        `har alla dataår 2012, 2014–${lastYear} (2013 hade ingen undersökning); inget att hämta.`,
      );
      expect(requests.length).toBe(count);
    });

    it('with --force fetches every year, and replaces none when one of them fails', async () => {
      const f = withCommitted();
      const files = snapshot(f.results);
      const { code, stderr } = await run(['--force', '--base-url', base('twice'), ...paths(f)]);
      expect(code).toBe(1);
      expect(stderr).toContain(
        'Kolada gav U07447 (bygglov), Kalix (2514), 2021 två gånger i samma svar',
      );
      expect(snapshot(f.results)).toEqual(files);
      expect(existsSync(f.mapping)).toBe(false);
    });

    it('refuses a folder with result files that are not Kolada exports, before any request', async () => {
      const f = withCommitted();
      writeFileSync(join(f.results, '2019.csv'), 'Kommun,NKI\nKalix,80\n');
      const count = requests.length;
      const { code, stderr } = await run(['--base-url', base(), ...paths(f)]);
      expect(code).toBe(1);
      expect(stderr).toContain(
        'innehåller andra resultatfiler (2019.csv) som skulle blandas med Kolada-data',
      );
      expect(requests.length).toBe(count);
    });
  });

  it('never replaces a result file that is not a Kolada export, not even with --force', async () => {
    const f = fresh();
    mkdirSync(f.results);
    writeFileSync(join(f.results, '2021.csv'), 'Kommun;NKI\nKalix;86\n');
    const count = requests.length;
    const { code, stderr } = await run([
      ...['--from', '2021', '--to', '2021', '--force', '--base-url', base()],
      ...paths(f),
    ]);
    expect(code).toBe(1);
    expect(stderr).toContain('innehåller andra resultatfiler (2021.csv)');
    expect(readFileSync(join(f.results, '2021.csv'), 'utf8')).toBe('Kommun;NKI\nKalix;86\n');
    expect(requests.length).toBe(count);
  });

  describe('a year without NKI totalt', () => {
    it('exits 1, names the year and the KPI title it looked for, and writes nothing', async () => {
      const f = withCommitted();
      const files = snapshot(f.results);
      const { code, stderr } = await run(['--base-url', base('no-nki-2024'), ...paths(f)]);
      expect(code).toBe(1);
      expect(stderr).toContain(
        'Fel: NKI totalt saknas för 2024: nyckeltalet U07453 "Företagsklimat Insikt - Totalt, Index, ny definition" gav inga värden för något av kommunerna, fast året har värden för antal_svar, svarsfrekvens, bygglov, miljo_och_halsoskydd, livsmedelskontroll, serveringstillstand, nui.',
      );
      expect(stderr).toContain(
        'Ett år utan NKI totalt kan inte publiceras; importen stoppas.\nInget skrivet.',
      );
      expect(snapshot(f.results)).toEqual(files);
      expect(existsSync(f.mapping)).toBe(false);
    });

    it('says which title was not found when Kolada has no such KPI', async () => {
      const f = fresh();
      const { code, stderr } = await run([
        '--from',
        '2024',
        '--to',
        '2024',
        '--base-url',
        base('no-new-total'),
        ...paths(f),
      ]);
      expect(code).toBe(1);
      expect(stderr).toContain(
        'NKI totalt saknas för 2024: Kolada har inget nyckeltal med titeln "Företagsklimat Insikt - Totalt, Index, ny definition" (sökning på "Insikt")',
      );
      expect(snapshot(f.folder)).toEqual({});
    });
  });

  describe('answers the importer refuses', () => {
    const refused = async (scenario: Scenario, message: string | RegExp) => {
      const f = fresh();
      const { code, stderr } = await run([
        '--from',
        '2021',
        '--to',
        '2021',
        '--base-url',
        base(scenario),
        ...paths(f),
      ]);
      expect(code).toBe(1);
      if (typeof message === 'string') expect(stderr).toContain(message);
      else expect(stderr).toMatch(message);
      expect(stderr).toMatch(/\nInget skrivet\.\n$/);
      expect(stderr).not.toMatch(/^\s+at /m);
      expect(snapshot(f.folder)).toEqual({});
    };

    it('a value sent as text, naming KPI, municipality and year', () =>
      refused(
        'text-value',
        'Kolada gav texten "86,2" som värde för U07451 (nki), Kalix (2514), 2021; det är inte ett tal.',
      ));

    it('a number that is not finite', () =>
      refused(
        'infinite-value',
        'Kolada gav Infinity som värde för U07451 (nki), Boden (2582), 2021',
      ));

    it('the same municipality twice in one answer', () =>
      refused('twice', 'Kolada gav U07447 (bygglov), Kalix (2514), 2021 två gånger i samma svar'));

    it('a redirect to another host', () =>
      refused(
        'redirect-away',
        /Fel: Kolada skickar vidare till en annan värd \(localhost:\d+\) från http:\/\/127\.0\.0\.1:\d+\/redirect-away\/v3\/kpi\?title=Insikt\. Importen hämtar bara från 127\.0\.0\.1:\d+/,
      ));

    it('a next_url on another host', () =>
      refused('next-away', /Fel: Kolada hänvisar till en annan värd \(localhost:\d+\)/));

    it('a next_url chain that never ends, stopped at the page limit', async () => {
      const before = requests.length;
      await refused('endless', 'Kolada hänvisar till fler än 100 sidor (next_url)');
      expect(requests.length - before).toBe(100);
    });

    it('but follows a redirect on the same host', async () => {
      const f = fresh();
      const { code } = await run([
        '--from',
        '2021',
        '--to',
        '2021',
        '--base-url',
        base('redirect-here'),
        ...paths(f),
      ]);
      expect(code).toBe(0);
      expect(realLines(readFileSync(join(f.results, '2021.csv'), 'utf8'))).toEqual(
        realLines(committed(2021)),
      );
    });
  });

  describe('the command line', () => {
    it('refuses --to 20244 before any request', async () => {
      const count = requests.length;
      const { code, stderr } = await run(['--to', '20244', '--base-url', base()]);
      expect(code).toBe(1);
      expect(stderr.split('\n')[0]).toBe(
        `Fel: --to 20244: ange ett dataår 2012–${new Date().getUTCFullYear()} med fyra siffror (Koladas nationella Insikt-serie börjar 2012).`,
      );
      expect(requests.length).toBe(count);
    });

    it('answers an unknown option with one Swedish line and the usage, not a stack trace', async () => {
      const { code, stdout, stderr } = await run(['--bogus']);
      expect(code).toBe(1);
      expect(stdout).toBe('');
      const [first, second] = stderr.split('\n');
      expect(first).toBe('Fel: Okänd flagga --bogus.');
      expect(second).toMatch(/^Användning: npm run import:kolada -- /);
      expect(stderr).not.toMatch(/^\s+at /m);
    });

    it('exits 1 with a clear message and writes nothing when Kolada cannot be reached', async () => {
      const down = createServer();
      await new Promise<void>((ready) => down.listen(0, '127.0.0.1', ready));
      const port = (down.address() as AddressInfo).port;
      await new Promise((closed) => down.close(closed));
      const f = fresh();
      const { code, stderr } = await run([
        '--base-url',
        `http://127.0.0.1:${port}/v3`,
        ...paths(f),
      ]);
      expect(code).toBe(1);
      expect(stderr).toMatch(
        /^Fel: Kolada går inte att nå \(http:\/\/127\.0\.0\.1:\d+\/v3\/kpi\?title=Insikt: ECONNREFUSED, 5 försök\)/,
      );
      expect(snapshot(f.folder)).toEqual({});
    });
  });
});
