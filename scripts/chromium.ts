/**
 * How this project starts Debian's Chromium (installed by scripts/ensure-chromium.sh; never a
 * downloaded browser). The background-networking flags keep it from calling out of a machine
 * that has no internet. Shared by the browser tests and the benchmark's Lighthouse runs.
 */
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
