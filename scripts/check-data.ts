/**
 * Validates the result files without building: `npx tsx scripts/check-data.ts`.
 * Reads data/results/ (or the folder NKI_RESULTS_DIR names) against data/reference/, prints the
 * report in Swedish and exits 1 on errors, 0 otherwise.
 *   --build       check as the build's first step: also refuse an output folder that holds files
 *                 the build did not write (scripts/output-dir.ts). The output is never removed:
 *                 on errors nothing new is published and the previous site stays as it was.
 *   --dist <dir>  the build output folder (default: NKI_OUT_DIR, else dist/ in the project root).
 *   --quiet       print only the problems and the counts, not what was read.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDataset, resultsDirFromEnv } from '../src/lib/load';
import { formatReport } from '../src/lib/report';
import { refusal } from './output-dir';

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const args = new Set(argv);
const distArg = argv[argv.indexOf('--dist') + 1];
const dist =
  args.has('--dist') && distArg
    ? resolve(distArg)
    : process.env.NKI_OUT_DIR
      ? resolve(process.env.NKI_OUT_DIR)
      : join(projectRoot, 'dist');

const { resultsDir } = resultsDirFromEnv(projectRoot, process.env);
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
const refused = args.has('--build') ? refusal(dist) : undefined;
if (refused) console.log(`Bygget stoppas: ${refused}`);
else if (failed && args.has('--build'))
  console.log(`Bygget stoppas: inget publiceras, och ${dist} lämnas som den var.`);
process.exitCode = failed || refused ? 1 : 0;
