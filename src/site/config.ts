/**
 * Site-wide settings. The public base URL is the one setting a deployer changes (SITE_URL).
 */
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
