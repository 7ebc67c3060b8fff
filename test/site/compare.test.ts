/**
 * The comparison pages in the built site ($DIST_DIR), without a browser: Kalix's static page holds
 * its table with the right figures in the HTML itself (issue 22: "Kalix's comparison page works
 * with JavaScript turned off"), every municipality with a result has one, linked from its pages
 * and from /jamfor/, and the picker's one JSON file is there and small.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, DIST_DIR, listFiles } from './dist';

/** The first table's caption and its rows, each cell's text trimmed. */
function firstTable(html: string): { caption: string; rows: string[][] } {
  const rows: string[][] = [];
  let caption = '';
  let depth = 0;
  let done = false;
  let cell: string | undefined;
  let inCaption = false;
  const parser = new Parser({
    onopentag(name) {
      if (done) return;
      if (name === 'table') depth++;
      if (!depth) return;
      if (name === 'caption') inCaption = true;
      if (name === 'tr') rows.push([]);
      if (name === 'td' || name === 'th') {
        if (cell !== undefined) rows.at(-1)!.push(cell.trim());
        cell = '';
      }
    },
    ontext(text) {
      if (inCaption) caption += text;
      else if (cell !== undefined) cell += text;
    },
    onclosetag(name) {
      if (name === 'caption') inCaption = false;
      if ((name === 'tr' || name === 'table') && cell !== undefined) {
        rows.at(-1)!.push(cell.trim());
        cell = undefined;
      }
      if (name === 'table' && depth) done = true;
    },
  });
  parser.write(html);
  parser.end();
  return { caption: caption.trim(), rows };
}

const read = (path: string) => readFileSync(join(DIST_DIR, path), 'utf8');
let files: string[];
beforeAll(() => {
  assertBuilt();
  files = listFiles();
});

describe('Kalix’s comparison page /kommun/kalix/jamfor/', () => {
  it('has the comparison table with Kalix, its kommungrupp, Norrbottens län and the country in its HTML', () => {
    const { caption, rows } = firstTable(read('kommun/kalix/jamfor/index.html'));
    expect(caption).toBe('Kalix kommun 2022 jämfört med kommungruppen, länet och riket');
    expect(rows[0]).toEqual([
      'Mått',
      'Kalix',
      'Kalix, förändring',
      'Kommungruppen (median)',
      'Kommungruppen, förändring',
      'Norrbottens län (genomsnitt)',
      'Länet, förändring',
      'Riket',
      'Riket, förändring',
    ]);
    expect(rows[1]).toEqual(['NKI totalt', '84', '−2', '78', '0', '77', '+1', '75', '+1']);
    expect(rows.find((r) => r[0] === 'Bygglov')).toEqual([
      'Bygglov',
      '88',
      '0',
      '79',
      '+1',
      '79',
      '+3',
      '70',
      '+1',
    ]);
  });

  it('draws its small multiples in the HTML with a text alternative, credits its source and loads no script of its own', () => {
    const html = read('kommun/kalix/jamfor/index.html');
    expect(html).toMatch(/<figure class="chart"[^>]*>[\s\S]*<svg [^>]*role="img"/);
    expect(html).toContain('<desc id="kalix-jamfor-desc">Ett litet linjediagram per mått');
    expect(html).toContain('<summary>Visa siffrorna som tabell</summary>');
    expect(html).toContain('Källa: SKR, Insikt 2012–2022, via Kolada (CC BY 4.0).');
    expect(html).not.toContain('/js/compare.js');
  });

  it('is linked from Kalix’s page and from each of its year pages', () => {
    for (const page of [
      'kommun/kalix/index.html',
      'kommun/kalix/2021/index.html',
      'kommun/kalix/2022/index.html',
    ])
      expect(read(page), page).toContain('href="/kommun/kalix/jamfor/"');
  });
});

describe('the comparison pages and the picker', () => {
  it('give every municipality with a result a comparison page, each linked from /jamfor/ without JavaScript', () => {
    const withYears = [
      ...new Set(files.flatMap((f) => /^kommun\/([^/]+)\/\d{4}\/index\.html$/.exec(f)?.[1] ?? [])),
    ];
    const pages = files.filter((f) => /^kommun\/[^/]+\/jamfor\/index\.html$/.test(f));
    expect(pages).toHaveLength(withYears.length);
    const picker = read('jamfor/index.html');
    for (const slug of withYears) expect(picker).toContain(`href="/kommun/${slug}/jamfor/"`);
    expect(picker).toContain('<script src="/js/compare.js" defer');
    expect(picker).toMatch(/<form id="jamfor-val"[^>]* hidden/);
  });

  it('publish one compact JSON for the picker, with every municipality that has a page', () => {
    const file = join(DIST_DIR, 'data', 'jamfor.json');
    expect(existsSync(file)).toBe(true);
    expect(statSync(file).size).toBeLessThan(300_000);
    const data = JSON.parse(readFileSync(file, 'utf8')) as { kommuner: { s: string }[] };
    const pages = files.filter((f) => /^kommun\/[^/]+\/jamfor\/index\.html$/.test(f));
    expect(data.kommuner.map((k) => `kommun/${k.s}/jamfor/index.html`).sort()).toEqual(pages);
  });
});
