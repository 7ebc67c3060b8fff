/**
 * The embargo build on the real results (newest data year 2022): which pages are a preview, what
 * the sitemap, the feeds and the search index leave out, the dates of the feeds, and where the
 * "newer results" notices of older years point. Pure functions, given the setting as data.
 */
import { describe, expect, it } from 'vitest';
import { parseEmbargoTime } from '../../src/lib/embargo';
import { searchEntries } from '../../src/site/directory';
import {
  embargoedPages,
  embargoNotice,
  publishedYears,
  releaseOf,
  withoutEmbargoed,
} from '../../src/site/embargo';
import { countyFeed, publicPages, sitePages, unitFeed, yearFeed } from '../../src/site/feeds-view';
import { unitLatest } from '../../src/site/follow-view';
import {
  newerAreaNotice,
  newerCountyNotice,
  newerUnitNotice,
  newerYearNotice,
} from '../../src/site/newer';
import { areasWithData } from '../../src/site/area-view';
import { xmlProblems } from '../../src/feeds/well-formed';
import { realDerived } from '../support/real-data';

const derived = realDerived();
const SITE = 'https://nki-rapporten.example';
const release = parseEmbargoTime('2023-04-27T08:00');
/** Built on 25 April 2023: the 2022 results are under embargo. */
const before = releaseOf(derived, { release, active: true })!;
/** Rebuilt after the release time with the variable still set. */
const after = releaseOf(derived, { release, active: false })!;
const kalix = derived.records.find((r) => r.unit.slug === 'kalix')!;
const norrbotten = derived.dataset.reference.counties.find((c) => c.slug === 'norrbottens-lan')!;

describe('an embargo on the newest year', () => {
  it('holds back 2022, the newest year of the real results, until 27 April 2023 at 08.00', () => {
    expect(derived.years.at(-1)!.year).toBe(2022);
    expect(before).toMatchObject({ year: 2022, embargoed: true, label: '27 april 2023 kl. 08.00' });
    expect(publishedYears(derived, before).at(-1)).toBe(2021);
    expect(publishedYears(derived, after).at(-1)).toBe(2022);
  });

  it('makes a preview of the pages whose main content is 2022, and only those', () => {
    const held = embargoedPages(derived, before);
    for (const path of [
      '/',
      '/ar/2022/',
      '/ar/2022/tips/',
      '/kommun/kalix/2022/',
      '/lan/norrbottens-lan/',
      '/omrade/bygglov/',
      '/kommun/kalix/jamfor/',
      '/jamfor/',
      '/ar/',
    ])
      expect(held.has(path), path).toBe(true);
    for (const path of ['/kommun/kalix/', '/kommun/kalix/2021/', '/ar/2021/', '/kommuner/'])
      expect(held.has(path), path).toBe(false);
    expect(embargoedPages(derived, after).size).toBe(0);
    expect(embargoedPages(derived, undefined).size).toBe(0);
  });

  it('says "Under embargo till 27 april 2023 kl. 08.00" on those pages and nothing on others', () => {
    const held = embargoedPages(derived, before);
    expect(embargoNotice('/kommun/kalix/2022/', held, before)?.title).toBe(
      'Under embargo till 27 april 2023 kl. 08.00',
    );
    expect(embargoNotice('/kommun/kalix/2021/', held, before)).toBeUndefined();
    expect(embargoNotice('/kommun/kalix/2022/', new Set(), after)).toBeUndefined();
  });

  it('keeps 2022 out of the sitemap until the release, and puts it back after', () => {
    const during = publicPages(derived, before);
    expect(during.filter((p) => p.includes('2022'))).toEqual([]);
    expect(during).not.toContain('/');
    expect(during).toContain('/kommun/kalix/2021/');
    expect(during).toContain('/lan/norrbottens-lan/2021/');
    expect(publicPages(derived, after)).toEqual(sitePages(derived));
  });

  it('keeps 2022 out of every feed, and dates 2022 by the release time after it', () => {
    const year = yearFeed(derived, 2022, SITE, before);
    expect(xmlProblems(year)).toEqual([]);
    expect(year).not.toContain('<entry>');
    const county = countyFeed(derived, norrbotten.code, SITE, before);
    const unit = unitFeed(derived, kalix, SITE, before);
    for (const feed of [county, unit]) {
      expect(feed).not.toContain('/2022/');
      expect(feed).toContain('/kommun/kalix/2021/');
      expect(feed).not.toContain('<published>');
    }
    const released = unitFeed(derived, kalix, SITE, after);
    expect(released).toMatch(
      /<id>https:\/\/nki-rapporten\.example\/kommun\/kalix\/2022\/<\/id>[\s\S]*?<published>2023-04-27T06:00:00Z<\/published>\n {4}<updated>2023-04-27T06:00:00Z<\/updated>/,
    );
    expect(released).toContain('<updated>2022-04-01T00:00:00Z</updated>');
    expect(unitFeed(derived, kalix, SITE)).not.toContain('<published>');
  });

  it('keeps the search index off the preview: counties and areas lead to 2021', () => {
    const entries = searchEntries(derived, areasWithData(derived), before);
    const held = embargoedPages(derived, before);
    expect(entries.filter((e) => held.has(e.url))).toEqual([]);
    expect(entries.find((e) => e.name === 'Norrbottens län')?.url).toBe(
      '/lan/norrbottens-lan/2021/',
    );
    expect(entries.filter((e) => e.url.startsWith('/kommun/'))).toHaveLength(290);
    const open = searchEntries(derived, areasWithData(derived), after);
    expect(open.find((e) => e.name === 'Norrbottens län')?.url).toBe('/lan/norrbottens-lan/');
  });

  it('gives the municipality’s "senaste" file its newest published year', () => {
    const latest = unitLatest(derived, kalix, SITE, before);
    expect(latest).toMatchObject({
      ar: 2021,
      nki: 86,
      placering: 2,
      placering_av: 190,
      placering_beraknad: true,
      rubrik: 'Kalix kommun har landets näst mest nöjda kunder',
      sida: `${SITE}/kommun/kalix/2021/`,
      flode: `${SITE}/kommun/kalix/flode.xml`,
      kalla: 'Källa: SKR, Insikt 2021, via Kolada (CC BY 4.0).',
    });
    expect(unitLatest(derived, kalix, SITE, after).ar).toBe(2022);
  });

  it('points the notices of older years to the newest published year', () => {
    expect(newerUnitNotice(kalix, 2019, before)).toEqual({
      lead: 'Det finns nyare resultat:',
      href: '/kommun/kalix/2021/',
      label: 'Kalix kommun 2021',
    });
    expect(newerUnitNotice(kalix, 2021, before)).toBeUndefined();
    expect(newerUnitNotice(kalix, 2021, after)?.href).toBe('/kommun/kalix/2022/');
    expect(newerUnitNotice(kalix, 2022, after)).toBeUndefined();
    expect(newerYearNotice(derived, 2020, before)?.href).toBe('/ar/2021/');
    expect(newerYearNotice(derived, 2021, undefined)?.href).toBe('/ar/2022/');
    expect(newerYearNotice(derived, 2022, undefined)).toBeUndefined();
  });

  it('points the older county and area pages to their newest published year', () => {
    expect(newerCountyNotice(derived, norrbotten, 2019, undefined)).toEqual({
      lead: 'Det finns nyare resultat:',
      href: '/lan/norrbottens-lan/',
      label: 'Norrbottens län 2022',
    });
    expect(newerCountyNotice(derived, norrbotten, 2019, before)?.href).toBe(
      '/lan/norrbottens-lan/2021/',
    );
    expect(newerCountyNotice(derived, norrbotten, 2021, before)).toBeUndefined();
    expect(newerAreaNotice(derived, 'bygglov', 2019, undefined)).toMatchObject({
      href: '/omrade/bygglov/',
      label: 'Bygglov 2022',
    });
    expect(newerAreaNotice(derived, 'bygglov', 2019, before)?.href).toBe('/omrade/bygglov/2021/');
  });

  it('ignores a release time from before the newest year, left over from an earlier release', () => {
    const stale = parseEmbargoTime('2022-04-27T08:00');
    expect(releaseOf(derived, { release: stale, active: false })).toBeUndefined();
  });

  it('drops a page under embargo from a list however its anchor reads', () => {
    expect(
      withoutEmbargoed(
        ['/a/', '/kommun/kalix/2022/#inbadda-nki'],
        new Set(['/kommun/kalix/2022/']),
      ),
    ).toEqual(['/a/']);
  });
});

describe('a municipality without an embargo', () => {
  it('has a feed of every year it took part, newest first, and a "senaste" file of 2022', () => {
    const feed = unitFeed(derived, kalix, SITE);
    expect(xmlProblems(feed)).toEqual([]);
    const years = [...feed.matchAll(/<id>[^<]*\/kommun\/kalix\/(\d{4})\/<\/id>/g)].map((m) =>
      Number(m[1]),
    );
    expect(years).toEqual(kalix.years.map((y) => y.year).reverse());
    expect(feed).toContain('<title>NKI-rapporten: Kalix kommun</title>');
    expect(unitLatest(derived, kalix, SITE).ar).toBe(2022);
  });
});
