/**
 * Whether the release time in NKI_EMBARGO has passed, for the workflow that publishes the newest
 * year at that time (.github/workflows/embargo.yml). Prints `due=true|false` and
 * `release=<RFC 3339>` for $GITHUB_OUTPUT on stdout and a Swedish line for the log on stderr;
 * exits 1 with the build's one-line error for a malformed value. Runs on Node 24 without
 * `npm ci`: it reads the time with the build's own parser (src/lib/embargo.ts, which imports
 * nothing), through Node's type stripping, so the workflow and the build cannot disagree.
 */
const { embargoSetting, formatEmbargoTime, rfc3339 } = await import('../src/lib/embargo.ts');

let setting;
try {
  setting = embargoSetting(process.env.NKI_EMBARGO, new Date());
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
if (!setting) {
  console.log('due=false');
  console.error('Ingen embargotid: NKI_EMBARGO är inte satt.');
} else {
  const at = formatEmbargoTime(setting.release);
  console.log(`release=${rfc3339(setting.release)}`);
  console.log(`due=${!setting.active}`);
  console.error(
    setting.active
      ? `Embargo till ${at}: inget publiceras än.`
      : `Embargot till ${at} har passerat.`,
  );
}
