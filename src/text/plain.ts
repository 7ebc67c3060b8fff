/**
 * The plain-text version of a release, for pasting into a CMS or an e-mail: the arranged blocks
 * as paragraphs separated by blank lines, the editorial's Markdown reduced to its text.
 */
import { arrangeRelease, contactLines, quoteText } from './arrange';
import type { Editorial } from './editorial';
import type { Release } from './types';

/**
 * Plain text of a release with its editorial additions, as a communicator pastes it: the text,
 * then the source line and the page's address (not the method notes, which stay on the page).
 * Ends with a single newline.
 */
export function releaseToPlainText(
  release: Release,
  editorial?: Editorial,
  address?: string,
): string {
  const parts = arrangeRelease(release, editorial).flatMap((block): string[] => {
    switch (block.kind) {
      case 'headline':
      case 'lede':
      case 'paragraph':
      case 'heading':
        return [block.text];
      case 'quote':
        return [quoteText(block.quote)];
      case 'editorial-body':
        return markdownParagraphs(editorial?.body ?? '');
      case 'contact':
        return [contactLines(block.contact).join('\n')];
      case 'method':
        return [];
    }
  });
  parts.push(address ? `${release.source}\n${address}` : release.source);
  return `${parts.join('\n\n')}\n`;
}

/** Markdown paragraphs as plain text: no import/export lines, tags, emphasis or link targets. */
export function markdownParagraphs(markdown: string): string[] {
  return markdown
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .split('\n')
        .filter((line) => !/^\s*(import|export)\s/.test(line))
        .join(' ')
        .replace(/<[^>]+>/g, '')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/(\*\*|__|\*|_)(.+?)\1/g, '$2')
        .replace(/^#+\s*/, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((p) => p.length > 0);
}
