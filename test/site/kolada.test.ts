/**
 * The route for real data, end to end: `npm run import:kolada` against the stand-in Kolada on
 * 127.0.0.1 (test/kolada/stand-in.ts: Kolada's 2026 titles, real figures for 2021 and 2022, and
 * stand-in values for 2024 on the new definition), then `npm run check-data` and `npm run build`
 * from the imported folder. The pages must show the fetched figures, credit Kolada with its
 * licence and SKR as the origin, label the places computed, and not call the data an example.
 * The release text is written elsewhere and changes, so figures and credit are asserted, not
 * whole generated sentences. A small dataset (three years, five municipalities), so the build
 * takes well under a minute.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { standIn, standInBase } from '../kolada/stand-in';
import { SITE_ROOT } from './build';

const work = mkdtempSync(join(tmpdir(), 'nki-kolada-site-'));
const results = join(work, 'results');
const dist = join(work, 'dist');
const { server } = standIn();

function npm(args: string[], env: Record<string, string>) {
  return new Promise<{ code: number; output: string }>((done) =>
    execFile(
      'npm',
      ['run', '--silent', ...args],
      {
        cwd: SITE_ROOT,
        env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' },
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => done({ code: error ? 1 : 0, output: stdout + stderr }),
    ),
  );
}

const page = (path: string) =>
  readFileSync(join(dist, path), 'utf8')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|\s+/g, ' ');

beforeAll(async () => {
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const env = { KOLADA_RETRY_MS: '20', NKI_RESULTS_DIR: results, NKI_OUT_DIR: dist };
  const mapping = ['--mapping', join(work, 'kolada-kpis.csv')];
  const years = ['--from', '2021', '--to', '2024'];
  const imported = await npm(
    ['import:kolada', '--', ...years, '--base-url', standInBase(server), ...mapping],
    env,
  );
  if (imported.code !== 0) throw new Error(imported.output);
  const checked = await npm(['check-data'], env);
  if (checked.code !== 0) throw new Error(checked.output);
  const built = await npm(['build'], env);
  if (built.code !== 0) throw new Error(built.output.slice(-4000));
});
afterAll(() => {
  server.close();
  rmSync(work, { recursive: true, force: true });
});

describe('a site built from Kolada', () => {
  it("shows the fetched figures on the municipality's pages, rounded as SKR publishes them", () => {
    const kalix = page('kommun/kalix/2021/index.html');
    // Real: Kalix 2021 NKI 86.36136644, bygglov 87.71604938 (Kolada snapshot).
    expect(kalix).toMatch(/\b86 av 100\b/);
    expect(kalix).toMatch(/Bygglov 88\b/);
    expect(kalix).toContain('(beräknad)');
    // Stand-in 2024 on the new definition (U07453): Kalix 82.6, Huddinge 77.9.
    expect(page('kommun/kalix/2024/index.html')).toMatch(/\b83 av 100\b/);
    expect(page('kommun/huddinge/2024/index.html')).toMatch(/\b78 av 100\b/);
  });

  it('credits Kolada with its licence and SKR as the origin', () => {
    for (const year of [2021, 2022, 2024]) {
      const kalix = page(`kommun/kalix/${year}/index.html`);
      expect(kalix).toContain('via Kolada (RKA), licens CC BY 4.0');
      expect(kalix).toMatch(/Kolada \(RKA, licens CC BY 4\.0\) den \d{4}-\d\d-\d\d/);
      expect(kalix).toMatch(/SKR/);
      // The page header, the citation and the downloads carry the short line.
      const short = `Källa: SKR, Insikt ${year}, via Kolada (CC BY 4.0).`;
      expect(kalix).toContain(`Resultat för ${year} · ${short}`);
      expect(kalix).toContain(`Citera den här sidan ${short}`);
      expect(readFileSync(join(dist, 'data', `${year}.csv`), 'utf8')).toContain(
        `,"SKR, Insikt ${year}, via Kolada (CC BY 4.0)",`,
      );
    }
    expect(page('index.html')).toContain('via Kolada (RKA), licens CC BY 4.0');
    const readme = readFileSync(join(dist, 'data', 'LASMIG.txt'), 'utf8');
    expect(readme).toMatch(
      /- 2021: 5 kommuner .*hämtad från Kolada \(RKA, CC BY 4\.0\) \d{4}-\d\d-\d\d/,
    );
    expect(readme).toMatch(/- 2024: 4 kommuner .*hämtad från Kolada \(RKA, CC BY 4\.0\)/);
  });

  it('does not call real data an example', () => {
    expect(page('index.html')).not.toContain('Exempeldata');
  });
});
