import { describe, expect, it } from 'vitest';
import { getDerived } from './data';
import { chartImages, shareCardImages } from './images';
import { chartLinksFor } from './embed-view';
import { unitYearView } from './unit-view';
import { composeRelease } from '../text/release';
import { escapeXml } from '../charts/draw';

const derived = getDerived();
const kalix = derived.records.find((r) => r.unit.slug === 'kalix')!;

describe('shareCardImages', () => {
  const cards = [...shareCardImages(derived)];

  it('draws one card per release page, at the path og:image names', () => {
    const releases = derived.records.reduce((n, r) => n + r.years.length, 0);
    expect(cards).toHaveLength(releases);
    const card = cards.find((c) => c.png === '/og/kommun/kalix/2021.png');
    expect(card?.svgPath).toBeUndefined();
    const headline = composeRelease(derived, kalix.unit.code, 2021).headline;
    expect(headline).toBe('Kalix kommun har landets näst mest nöjda kunder');
    expect(card?.svg).toContain('EXEMPELDATA');
    expect(card?.svg).toContain(escapeXml('näst mest nöjda'));
  });
});

describe('chartImages', () => {
  const images = [...chartImages(derived)];
  const byPng = new Map(images.map((i) => [i.png, i]));

  it('has a published SVG and a PNG for every download link under the charts of a release page', () => {
    const view = unitYearView(derived, kalix, 2021, undefined);
    const links = Object.values(chartLinksFor(kalix.unit, view.charts)).flat();
    const pngs = links.filter((l) => l.href.endsWith('.png')).map((l) => l.href);
    expect(pngs).toContain('/bilder/kommun/kalix/2021/areas.png');
    // The trend on a year's page marks that year, so it is not the unit's downloadable trend.
    expect(pngs).not.toContain('/bilder/kommun/kalix/nki-trend.png');
    for (const png of pngs) {
      expect(byPng.get(png)?.svgPath, png).toBe(png.replace(/\.png$/, '.svg'));
    }
    const svgs = links.filter((l) => l.href.endsWith('.svg')).map((l) => l.href);
    expect(svgs).toHaveLength(pngs.length);
  });

  it('draws each download as a standalone SVG file with its title and source', () => {
    const areas = byPng.get('/bilder/kommun/kalix/2021/areas.png')!;
    expect(areas.svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(areas.svg).toContain('Källa: SKR, Insikt 2021.');
  });
});
