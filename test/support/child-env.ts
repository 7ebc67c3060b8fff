/**
 * The environment for a command a test starts: the machine's, without the site's own settings
 * (NKI_*, SITE_URL) that a user may have exported as the README tells them, plus `extra`. A test
 * then runs the same whatever the shell it was started from.
 */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^NKI_|^SITE_URL$/.test(key)) env[key] = value;
  }
  return { ...env, ...extra };
}
