/**
 * Site-wide settings, read from the environment here and nowhere else: the public base URL
 * (SITE_URL) and the embargo time of the newest year (NKI_EMBARGO, docs/decisions/embargo.md).
 */
import { EMBARGO_VARIABLE, embargoSetting, type EmbargoSetting } from '../lib/embargo';

export const site = {
  name: 'NKI-rapporten',
  url: process.env.SITE_URL ?? 'https://nki-rapporten.example',
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
} as const;

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
