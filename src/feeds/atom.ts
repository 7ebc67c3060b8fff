/**
 * Atom 1.0 feeds of releases (per year, per county). Dates come from the data — a release is
 * dated by the publication of its results (`publicationDate`) — never from the build clock, so
 * rebuilding unchanged data gives a byte-identical feed and readers see no false updates.
 */
import { escapeXml } from '../lib/xml';

export interface AtomEntry {
  /** A permanent, unique IRI; the release's absolute URL is a good one. */
  id: string;
  title: string;
  /** Plain text (escaped here), e.g. the release's first sentence. */
  summary: string;
  /** Absolute URL of the release page. */
  link: string;
  /** RFC 3339 timestamp, e.g. from `publicationDate(year)`. */
  updated: string;
  /** RFC 3339: when the release was first published (the embargo time, where there is one). */
  published?: string;
}

export interface AtomFeedInput {
  id: string;
  title: string;
  /** RFC 3339; normally the latest entry's `updated`. */
  updated: string;
  /** Absolute URL of the page the feed belongs to (rel="alternate"). */
  link: string;
  /** Absolute URL of the feed itself (rel="self"), recommended by the Atom spec. */
  self?: string;
  /** Default "NKI-rapporten": Atom requires an author on the feed or on every entry. */
  author?: string;
  entries: readonly AtomEntry[];
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * When a data year's results count as published: 1 April the year after, 00:00 UTC. SKR publishes
 * Öppna jämförelser Företagsklimat in April; the exact day varies and is not in the files, so the
 * first of the month stands for it.
 */
export function publicationDate(dataYear: number): string {
  return `${dataYear + 1}-04-01T00:00:00Z`;
}

/** The feed as an Atom 1.0 document. Throws when a timestamp is not RFC 3339. */
export function atomFeed(feed: AtomFeedInput): string {
  const stamps = feed.entries.flatMap((e) =>
    e.published ? [e.updated, e.published] : [e.updated],
  );
  for (const stamp of [feed.updated, ...stamps]) {
    if (!RFC3339.test(stamp)) throw new Error(`Ogiltig tidpunkt i flödet: "${stamp}"`);
  }
  const e = escapeXml;
  const entries = feed.entries.map((entry) =>
    [
      '  <entry>',
      `    <id>${e(entry.id)}</id>`,
      `    <title>${e(entry.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${e(entry.link)}"/>`,
      ...(entry.published ? [`    <published>${e(entry.published)}</published>`] : []),
      `    <updated>${e(entry.updated)}</updated>`,
      `    <summary>${e(entry.summary)}</summary>`,
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="sv">',
    `  <id>${e(feed.id)}</id>`,
    `  <title>${e(feed.title)}</title>`,
    `  <updated>${e(feed.updated)}</updated>`,
    `  <link rel="alternate" type="text/html" href="${e(feed.link)}"/>`,
    feed.self ? `  <link rel="self" type="application/atom+xml" href="${e(feed.self)}"/>` : '',
    `  <author><name>${e(feed.author ?? 'NKI-rapporten')}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ]
    .filter((line, i, all) => line !== '' || i === all.length - 1)
    .join('\n');
}
