/**
 * The editorial guard is wired into the project's Astro config: an MDX file with code and a
 * javascript: link (fixtures/code.mdx) does not compile, and its code never runs.
 *
 * Run with `vitest run -c vitest.astro.config.ts`: importing .mdx needs Astro's Vite plugins.
 */
import { describe, expect, it } from 'vitest';

describe('an editorial MDX file with code, compiled with the project config', () => {
  it('stops at the guard, and its code never runs', async () => {
    await expect(import('./fixtures/code.mdx')).rejects.toThrow(
      /code\.mdx:5: texten innehåller kod \("import" eller "export"\)[\s\S]*code\.mdx:7: länken "javascript:alert\(1\)" är inte tillåten/,
    );
    expect((globalThis as { editorialCodeRan?: boolean }).editorialCodeRan).toBeUndefined();
  });
});
