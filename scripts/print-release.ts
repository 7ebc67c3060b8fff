/**
 * Prints releases as plain text, for reading them as a communicator would:
 *   npx tsx scripts/print-release.ts kalix:2021 boden:2021 …
 * Reads the results folder the build reads (NKI_RESULTS_DIR, else data/results) and checks every
 * claim with the verifier; a failing claim is printed under the release.
 */
import path from 'node:path';
import { derive } from '../src/lib/derive';
import { loadDataset, resultsDirFromEnv } from '../src/lib/load';
import { formatReport } from '../src/lib/report';
import { verifySentences } from '../src/claims/verify';
import { releaseToPlainText } from '../src/text/plain';
import { composeRelease } from '../src/text/release';

const root = path.resolve(import.meta.dirname, '..');
const { resultsDir } = resultsDirFromEnv(root, process.env);
const { dataset, report } = loadDataset({
  resultsDir,
  referenceDir: path.join(root, 'data', 'reference'),
});
if (!dataset) {
  console.error(formatReport(report));
  process.exit(1);
}
const derived = derive(dataset);
for (const arg of process.argv.slice(2)) {
  const [slug, year] = arg.split(':');
  const record = derived.records.find((r) => r.unit.slug === slug);
  if (!record) {
    console.error(`Okänd enhet: ${slug}`);
    process.exitCode = 1;
    continue;
  }
  const release = composeRelease(derived, record.unit.code, Number(year));
  console.log(`===== ${arg}`);
  console.log(releaseToPlainText(release, undefined, `/kommun/${slug}/${year}/`));
  for (const p of verifySentences(derived, release.sentences)) console.log('!!', p);
}
