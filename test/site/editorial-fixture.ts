/**
 * The example editorial additions (test/fixtures/example-data/editorial/<slug>/<year>.mdx) as the
 * site tests need them: which page each belongs to, and the invented words, people and contacts
 * in it, read from the files so the tests follow any change to them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SITE_ROOT } from './build';
import { EXAMPLE_EDITORIAL } from './small-data';

export interface ExampleEditorial {
  /** "kalix/2021". */
  readonly key: string;
  readonly quotes: string[];
  /** Names, titles, phone numbers and e-mail addresses of the quoted and the contact. */
  readonly people: string[];
  /** The paragraph under the frontmatter. */
  readonly body: string;
}

export function exampleEditorials(): ExampleEditorial[] {
  const dir = resolve(SITE_ROOT, EXAMPLE_EDITORIAL);
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) =>
      readdirSync(join(dir, entry.name))
        .filter((file) => file.endsWith('.mdx'))
        .map((file) => {
          const text = readFileSync(join(dir, entry.name, file), 'utf8');
          const [, frontmatter = '', body = ''] =
            /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
          const field = (name: string) =>
            [...frontmatter.matchAll(new RegExp(`^\\s*(?:- )?${name}: (.+)$`, 'gm'))].map((m) =>
              m[1]!.trim(),
            );
          return {
            key: `${entry.name}/${file.replace(/\.mdx$/, '')}`,
            quotes: field('quote'),
            people: [...new Set(['name', 'title', 'phone', 'email'].flatMap(field))],
            body: body.trim(),
          };
        }),
    );
}
