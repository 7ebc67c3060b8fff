/**
 * The route for real data, end to end: `npm run import:kolada` against a stand-in of Kolada's API
 * on 127.0.0.1, then `npm run check-data` and `npm run build` from the imported folder. The pages
 * must show the fetched figures, credit Kolada with its licence and SKR as the origin, label the
 * places computed, say that eligibility cannot be judged, and not call the data an example.
 * A small dataset (one year, three municipalities), so the build takes well under a minute.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { standIn } from '../kolada/stand-in';
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
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v3`;
  const env = { KOLADA_RETRY_MS: '20', NKI_RESULTS_DIR: results, NKI_OUT_DIR: dist };
  const mapping = ['--mapping', join(work, 'kolada-kpis.csv')];
  const imported = await npm(
    ['import:kolada', '--', '--from', '2023', '--to', '2023', '--base-url', base, ...mapping],
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
  it("shows the fetched figures on the municipality's page, with places labelled computed", () => {
    const kalix = page('kommun/kalix/2023/index.html');
    expect(kalix).toContain(
      'Företagen ger Kalix kommun 86 av 100 i Nöjd Kund Index (NKI) för 2023.',
    );
    expect(kalix).toMatch(/Bygglov 84 mycket högt plats \d+ \(beräknad\)/);
    expect(kalix).toContain('(beräknad placering)');
  });

  it('credits Kolada with its licence and SKR as the origin, and says what cannot be judged', () => {
    const kalix = page('kommun/kalix/2023/index.html');
    expect(kalix).toContain('Källa: SKR, Insikt, via Kolada (RKA), licens CC BY 4.0.');
    // The copied release names Kolada too, so a communicator's text credits where it came from.
    expect(kalix).toContain('Källa: SKR, Insikt 2023, via Kolada (RKA), licens CC BY 4.0.');
    expect(kalix).toMatch(
      /Siffrorna är hämtade från Kolada \(RKA, licens CC BY 4\.0\) den \d{4}-\d\d-\d\d; ursprunget är SKR:s undersökning Insikt\./,
    );
    expect(kalix).toContain(
      'Underlaget har inga antal svar eller svarsfrekvenser, så det går inte att avgöra vilka kommuner som uppfyller SKR:s krav för att rankas.',
    );
    // The page header, the citation and the downloads carry the short line.
    expect(kalix).toContain('Resultat för 2023 · Källa: SKR, Insikt 2023, via Kolada (CC BY 4.0).');
    expect(kalix).toMatch(
      /Citera den här sidan Källa: SKR, Insikt 2023, via Kolada \(CC BY 4\.0\)\. ”/,
    );
    expect(readFileSync(join(dist, 'data', '2023.csv'), 'utf8')).toContain(
      ',"SKR, Insikt 2023, via Kolada (CC BY 4.0)",',
    );
    expect(page('index.html')).toContain('via Kolada (RKA), licens CC BY 4.0');
    expect(readFileSync(join(dist, 'data', 'LASMIG.txt'), 'utf8')).toMatch(
      /- 2023: 3 kommuner och 0 förbund \(från filen 2023\.csv, hämtad från Kolada \(RKA, CC BY 4\.0\) \d{4}-\d\d-\d\d, riksgenomsnitt NKI 74,6\)/,
    );
  });

  it('does not call real data an example', () => {
    expect(page('index.html')).not.toContain('Exempeldata');
  });
});
