import { describe, expect, it } from 'vitest';
import { atomFeed, publicationDate, type AtomEntry } from './atom';
import { xmlProblems } from './well-formed';

const base = 'https://nki-rapporten.example';

function entry(slug: string, title: string, year = 2021): AtomEntry {
  const link = `${base}/kommun/${slug}/${year}/`;
  return { id: link, title, summary: `${title}.`, link, updated: publicationDate(year) };
}

function feed(entries: AtomEntry[]) {
  return atomFeed({
    id: `${base}/ar/2021/`,
    title: 'Pressmeddelanden 2021',
    updated: publicationDate(2021),
    link: `${base}/ar/2021/`,
    self: `${base}/ar/2021/flode.xml`,
    entries,
  });
}

describe('atomFeed', () => {
  it('writes a well-formed Atom 1.0 document with one entry per release', () => {
    const xml = feed([
      entry('kalix', 'Kalix kommun har landets näst mest nöjda kunder'),
      entry('amal', 'Åmåls kommun klättrar'),
    ]);
    expect(xmlProblems(xml)).toEqual([]);
    expect(
      xml.startsWith(
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="sv">',
      ),
    ).toBe(true);
    expect(xml.match(/<entry>/g)).toHaveLength(2);
    expect(xml).toContain('<title>Kalix kommun har landets näst mest nöjda kunder</title>');
    expect(xml).toContain('<author><name>NKI-rapporten</name></author>');
    expect(xml).toContain(
      `<link rel="self" type="application/atom+xml" href="${base}/ar/2021/flode.xml"/>`,
    );
  });

  it('escapes hostile text so it stays text and the feed stays well-formed', () => {
    const hostile = entry(
      'x',
      '</title><script>alert("&")</script> ]]> \u0007 Tom & Jerry\'s "kommun"',
    );
    hostile.link = `${base}/sok/?a=1&b="2"`;
    const xml = feed([hostile]);
    expect(xmlProblems(xml)).toEqual([]);
    expect(xml).toContain(
      '<title>&lt;/title&gt;&lt;script&gt;alert(&quot;&amp;&quot;)&lt;/script&gt; ]]&gt;  Tom &amp; Jerry&apos;s &quot;kommun&quot;</title>',
    );
    expect(xml).toContain('href="https://nki-rapporten.example/sok/?a=1&amp;b=&quot;2&quot;"');
    expect(xml).not.toContain('<script>');
  });

  it('dates entries by the publication month after the data year, never by the build', () => {
    expect(publicationDate(2021)).toBe('2022-04-01T00:00:00Z');
    const xml = feed([entry('kalix', 'Kalix', 2021)]);
    expect(xml).toContain('<updated>2022-04-01T00:00:00Z</updated>');
    expect(feed([entry('kalix', 'Kalix', 2021)])).toBe(xml);
  });

  it('is well-formed with no entries at all', () => {
    expect(xmlProblems(feed([]))).toEqual([]);
  });

  it('rejects a timestamp that is not RFC 3339', () => {
    const bad = { ...entry('kalix', 'Kalix'), updated: '2022-04-01' };
    expect(() => feed([bad])).toThrow('Ogiltig tidpunkt i flödet: "2022-04-01"');
  });
});
