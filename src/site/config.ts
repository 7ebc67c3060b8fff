/**
 * The composition root's settings, read from the environment here and nowhere else in src/ (the
 * command-line scripts are roots of their own): the public base URL (SITE_URL), where the data
 * and editorial additions are read from (NKI_RESULTS_DIR, NKI_REFERENCE_DIR, NKI_EDITORIAL_DIR)
 * and the embargo time of the newest year (NKI_EMBARGO, docs/decisions/embargo.md).
 */
import { EMBARGO_VARIABLE, embargoSetting, type EmbargoSetting } from '../lib/embargo';
import { referenceDirFromEnv, resultsDirFromEnv } from '../lib/load';
import { editorialDirFromEnv, type EditorialDir } from './editorial-dir';

type Env = Record<string, string | undefined>;

export interface Settings {
  siteUrl: string;
  resultsDir: string;
  referenceDir: string;
  editorialDir: EditorialDir;
}

/** The settings `env` gives a project in `root`; throws the Swedish error for a bad value. */
export function readSettings(root: string, env: Env): Settings {
  return {
    siteUrl: env.SITE_URL?.trim() || 'https://nki-rapporten.example',
    resultsDir: resultsDirFromEnv(root, env).resultsDir,
    referenceDir: referenceDirFromEnv(root, env),
    editorialDir: editorialDirFromEnv(root, env),
  };
}

let settings: Settings | undefined;

/** This process's settings, read once (the project root is the working directory). */
export function buildSettings(): Settings {
  settings ??= readSettings(process.cwd(), process.env);
  return settings;
}

export const site = {
  name: 'NKI-rapporten',
  get url(): string {
    return buildSettings().siteUrl;
  },
  /**
   * No inline script may run: scripts are files from this origin only. Inline styles are
   * allowed because Astro inlines the stylesheet and charts carry presentation attributes.
   */
  csp: [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; '),
};

const KEY = Symbol.for('nki-rapporten.embargo');
const shared = globalThis as typeof globalThis & { [KEY]?: { setting?: EmbargoSetting } };

/**
 * The build's embargo (NKI_EMBARGO against the clock), decided once per process: scripts/build.ts
 * asks first, before any work, so that a malformed value stops the build with its one-line error,
 * and Astro's pages (bundled apart, in the same process) get the same answer, even if the release
 * time passes while the pages are rendered. Throws the Swedish error for a malformed value.
 */
export function buildEmbargo(): EmbargoSetting | undefined {
  shared[KEY] ??= { setting: embargoSetting(process.env[EMBARGO_VARIABLE], new Date()) };
  return shared[KEY].setting;
}
