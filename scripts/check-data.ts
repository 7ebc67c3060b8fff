/**
 * Validates the result files without building: `npx tsx scripts/check-data.ts`.
 * Reads data/results/ (or the folder NKI_RESULTS_DIR names) against data/reference/, prints the
 * report in Swedish and exits 1 on errors, 0 otherwise.
 *   --build       on errors also remove dist/, so that a failed build publishes nothing.
 *   --dist <dir>  the build output to remove (default: dist/ in the project root).
 *   --quiet       print only the problems and the counts, not what was read.
 */
import { rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDataset, resultsDirFromEnv } from '../src/lib/load';
import { formatReport } from '../src/lib/report';

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const args = new Set(argv);
const distArg = argv[argv.indexOf('--dist') + 1];
const dist = args.has('--dist') && distArg ? resolve(distArg) : join(projectRoot, 'dist');

const { resultsDir } = resultsDirFromEnv(projectRoot);
const { dataset, report } = loadDataset({
  resultsDir,
  // NKI_REFERENCE_DIR is for tests that build from a modified copy; the build honours it too.
  referenceDir: process.env.NKI_REFERENCE_DIR
    ? resolve(process.env.NKI_REFERENCE_DIR)
    : join(projectRoot, 'data', 'reference'),
});
const failed = report.problems.some((p) => p.severity === 'error');

// Example data declares itself in its files (a title line), wherever they lie.
console.log(`Resultatfiler i ${resultsDir}${dataset?.isExample ? ' (exempeldata)' : ''}`);
console.log(formatReport(report, { quiet: args.has('--quiet') }));
if (failed && args.has('--build')) {
  rmSync(dist, { recursive: true, force: true });
  console.log(`Bygget stoppas: ${dist} är borttagen så att inget publiceras.`);
}
process.exitCode = failed ? 1 : 0;
