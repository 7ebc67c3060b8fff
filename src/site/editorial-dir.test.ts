import { describe, expect, it } from 'vitest';
import { editorialDirFromEnv } from './editorial-dir';

describe('editorialDirFromEnv', () => {
  it('takes editorial additions from data/editorial unless told otherwise', () => {
    expect(editorialDirFromEnv('/srv/nki', {})).toBe('data/editorial');
    expect(editorialDirFromEnv('/srv/nki', { NKI_EDITORIAL_DIR: ' ' })).toBe('data/editorial');
  });

  it('takes them from the example fixture when NKI_EDITORIAL_DIR names it, relative or absolute', () => {
    const fixture = 'test/fixtures/example-data/editorial';
    expect(editorialDirFromEnv('/srv/nki', { NKI_EDITORIAL_DIR: fixture })).toBe(fixture);
    expect(editorialDirFromEnv('/srv/nki', { NKI_EDITORIAL_DIR: `./${fixture}/` })).toBe(fixture);
    expect(editorialDirFromEnv('/srv/nki', { NKI_EDITORIAL_DIR: `/srv/nki/${fixture}` })).toBe(
      fixture,
    );
  });

  it('refuses any other folder, naming the two it can read', () => {
    expect(() => editorialDirFromEnv('/srv/nki', { NKI_EDITORIAL_DIR: '/tmp/citat' })).toThrow(
      'NKI_EDITORIAL_DIR=/tmp/citat: redaktionella tillägg läses bara ur data/editorial eller test/fixtures/example-data/editorial.',
    );
  });
});
