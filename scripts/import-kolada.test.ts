import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { standIn } from '../test/kolada/stand-in';
import { projectPath } from '../test/unit/results/helpers';

function run(args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
    execFile(
      process.execPath,
      [
        projectPath('node_modules/tsx/dist/cli.mjs'),
        projectPath('scripts/import-kolada.ts'),
        ...args,
      ],
      { cwd: projectPath(''), env: { ...process.env, KOLADA_RETRY_MS: '20', ...env } },
      (error, stdout, stderr) =>
        done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('npm run import:kolada', { timeout: 90_000 }, () => {
  const { server, requests } = standIn();
  let base = '';
  let dir = '';
  const args = () => [
    '--from',
    '2022',
    '--to',
    '2023',
    '--base-url',
    base,
    '--out',
    join(dir, 'results'),
    '--mapping',
    join(dir, 'kolada-kpis.csv'),
  ];

  beforeAll(async () => {
    await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v3`;
    dir = mkdtempSync(join(tmpdir(), 'kolada-'));
  });
  afterAll(() => {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('finds the KPIs by title, follows next_url, retries a 503 and writes one file per year', async () => {
    const { code, stdout } = await run(args());
    expect(code).toBe(0);
    expect(readFileSync(join(dir, 'results', '2023.csv'), 'utf8')).toMatch(
      new RegExp(
        [
          '^Källa: Kolada \\(RKA\\) – licens CC BY 4\\.0 – ursprung SKR Insikt\\. KPI: U07451 U07452 U07455\\. Hämtad \\d{4}-\\d\\d-\\d\\d\\.',
          'kod,namn,nki,bygglov,livsmedelskontroll',
          '2514,Kalix,86\\.3,84\\.1,88',
          '2580,Luleå,\\.\\.,77\\.3,',
          '2582,Boden,71\\.4,,',
          '0000,Riket,74\\.6,,',
          '$',
        ].join('\n'),
      ),
    );
    expect(existsSync(join(dir, 'results', '2022.csv'))).toBe(false);
    expect(readFileSync(join(dir, 'kolada-kpis.csv'), 'utf8')).toBe(
      [
        'id,title,measure',
        'U07451,"Företagsklimat Insikt - Totalt, Index",nki',
        'U07452,Företagsklimat Insikt - Bygglov - Index,bygglov',
        'U07455,Företagsklimat Insikt - Livsmedelskontroll - Index,livsmedelskontroll',
        '',
      ].join('\n'),
    );
    expect(stdout).toContain(
      'Okänd titel, används inte: U07470 "Företagsklimat Insikt - Lotteritillstånd - Index"',
    );
    expect(stdout).toContain('Hittades inte: brandskydd, markupplatelse, miljo_och_halsoskydd');
    expect(stdout).toContain(
      '2023.csv: 3 kommuner; riket; 1 rader för regioner m.fl. ignorerade; 1 värden saknas (null)',
    );
    expect(stdout).toContain('Inga värden i Kolada för 2022; ingen fil.');
    // The decoy and the per-area factor were never fetched; the 503 was retried.
    expect(requests.filter((r) => r.includes('U07499') || r.includes('U07481'))).toEqual([]);
    expect(requests.filter((r) => r === '/v3/data/kpi/U07451/year/2023?per_page=500')).toHaveLength(
      2,
    );
    expect(requests).toContain('/v3/data/kpi/U07451/year/2023?per_page=500&page=2');
  });

  it('gives files that check-data reads, with the null as a missing value', async () => {
    const result = await new Promise<{ code: number; stdout: string }>((done) =>
      execFile(
        process.execPath,
        [projectPath('node_modules/tsx/dist/cli.mjs'), projectPath('scripts/check-data.ts')],
        { cwd: projectPath(''), env: { ...process.env, NKI_RESULTS_DIR: join(dir, 'results') } },
        (error, stdout) => done({ code: error ? 1 : 0, stdout }),
      ),
    );
    expect(result.stdout).toContain(
      '2023.csv: 4 rader lästa, 3 enheter (år 2023 enligt filnamnet)',
    );
    expect(result.code).toBe(0);
  });

  it('refuses a second run without --force and leaves the files as they were', async () => {
    const before = readFileSync(join(dir, 'results', '2023.csv'), 'utf8');
    const count = requests.length;
    const { code, stderr } = await run(args());
    expect(code).toBe(1);
    expect(stderr).toContain('2023.csv finns redan. Kör med --force för att skriva över');
    expect(readFileSync(join(dir, 'results', '2023.csv'), 'utf8')).toBe(before);
    expect(requests.length).toBe(count);
  });

  it('exits 1 with a clear message and writes nothing when the server cannot be reached', async () => {
    const down = createServer();
    await new Promise<void>((ready) => down.listen(0, '127.0.0.1', ready));
    const port = (down.address() as AddressInfo).port;
    await new Promise((closed) => down.close(closed));
    const out = join(dir, 'down');
    const { code, stderr } = await run([
      '--base-url',
      `http://127.0.0.1:${port}/v3`,
      '--out',
      out,
      '--mapping',
      join(out, 'kolada-kpis.csv'),
    ]);
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^Fel: Kolada går inte att nå \(http:\/\/127\.0\.0\.1:\d+\/v3\/kpi\?title=Insikt: ECONNREFUSED, 5 försök\)/,
    );
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });
});
