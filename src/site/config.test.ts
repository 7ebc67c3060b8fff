import { describe, expect, it } from 'vitest';
import { readSettings } from './config';

describe('readSettings: the environment, read in one place', () => {
  it('builds the real site from the committed data by default', () => {
    expect(readSettings('/srv/nki', {})).toEqual({
      siteUrl: 'https://nki-rapporten.example',
      resultsDir: '/srv/nki/data/results',
      referenceDir: '/srv/nki/data/reference',
      editorialDir: 'data/editorial',
    });
  });

  it('takes the deployer’s address and folders, relative to the project', () => {
    const s = readSettings('/srv/nki', {
      SITE_URL: 'https://nki.kalix.se',
      NKI_RESULTS_DIR: '../insikt-2027',
      NKI_REFERENCE_DIR: '/data/referens',
    });
    expect(s.siteUrl).toBe('https://nki.kalix.se');
    expect(s.resultsDir).toBe('/srv/insikt-2027');
    expect(s.referenceDir).toBe('/data/referens');
  });

  it('refuses an editorial folder outside the known ones, in Swedish', () => {
    expect(() => readSettings('/srv/nki', { NKI_EDITORIAL_DIR: '/tmp/citat' })).toThrow(
      /NKI_EDITORIAL_DIR=\/tmp\/citat/,
    );
  });
});
