/**
 * The release as a Word file (issue 22: communicators start their CMS work from .docx): the
 * headline, the lede, the body with its "Om Insikt" paragraph, then the source line and the
 * page's address, as the plain text has them. Written with the `docx` package
 * (docs/decisions/press-kit.md); the file is in Swedish, so Word checks its spelling as such.
 */
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Release } from '../text/types';

export interface DocxOptions {
  /** The page's full address, after the source line. */
  address?: string;
  /** The document's title in its properties: the unit and year. */
  title: string;
  /**
   * The document's date (ISO 8601, the release's publication date): `docx` stamps the time of
   * packing, which would make two builds of the same data differ.
   */
  date: string;
}

/** The paragraphs of the document, in reading order (exported for tests). */
export function releaseParagraphs(release: Release, address?: string): Paragraph[] {
  const out: Paragraph[] = [
    new Paragraph({ text: release.headline, heading: HeadingLevel.HEADING_1 }),
    new Paragraph({ children: [new TextRun({ text: release.lede, bold: true })] }),
  ];
  for (const block of release.body) {
    out.push(
      block.kind === 'heading'
        ? new Paragraph({ text: block.text, heading: HeadingLevel.HEADING_2 })
        : new Paragraph({ text: block.text }),
    );
  }
  out.push(new Paragraph({ text: release.source }));
  if (address) out.push(new Paragraph({ text: address }));
  return out;
}

/** The .docx file's bytes: the same release and options give the same bytes. */
export async function releaseDocx(release: Release, opts: DocxOptions): Promise<Uint8Array> {
  const doc = new Document({
    title: opts.title,
    creator: 'NKI-rapporten',
    lastModifiedBy: 'NKI-rapporten',
    description: release.headline,
    styles: { default: { document: { run: { language: { value: 'sv-SE' } } } } },
    sections: [{ children: releaseParagraphs(release, opts.address) }],
  });
  return fixDates(new Uint8Array(await Packer.toBuffer(doc)), opts.date);
}

/** The package again, with `date` in its properties and as every entry's time. */
function fixDates(bytes: Uint8Array, date: string): Uint8Array {
  const files = unzipSync(bytes);
  const core = files['docProps/core.xml'];
  if (core) {
    files['docProps/core.xml'] = strToU8(
      strFromU8(core).replace(
        /(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g,
        `$1${date}$3`,
      ),
    );
  }
  // [Content_Types].xml first, as Word and the ECMA-376 readers expect.
  const names = Object.keys(files).sort((a, b) =>
    a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : 0,
  );
  // A zip entry's time is local time without a zone: the date's own fields, whatever the TZ.
  const [y, m, d] = date.slice(0, 10).split('-').map(Number) as [number, number, number];
  return zipSync(Object.fromEntries(names.map((n) => [n, files[n]!])), {
    mtime: new Date(y, m - 1, d),
    level: 6,
  });
}
