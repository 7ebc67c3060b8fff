/**
 * The invented example fixture (test/fixtures/example-data/results, scripts/make-example-data.ts),
 * loaded and derived once for the view-model tests that need what the real results lack: förbund,
 * 2023–2024 and the 2024 series break, SKR's own placements, answer counts. The site itself, and
 * getDerived() in tests, read the real results in data/results.
 */
import path from 'node:path';
import { derive } from '../../src/lib/derive';
import { loadDataset } from '../../src/lib/load';
import type { Derived } from '../../src/lib/model';
import { formatReport } from '../../src/lib/report';

const root = path.resolve(import.meta.dirname, '../..');
export const EXAMPLE_RESULTS_DIR = path.join(root, 'test', 'fixtures', 'example-data', 'results');

let cached: Derived | undefined;

/** The example data as the site would derive it; never mutate it (test files share it). */
export function exampleDerived(): Derived {
  if (cached) return cached;
  const { dataset, report } = loadDataset({
    resultsDir: EXAMPLE_RESULTS_DIR,
    referenceDir: path.join(root, 'data', 'reference'),
  });
  if (!dataset) throw new Error(`Exempeldatan har fel:\n${formatReport(report)}`);
  cached = derive(dataset);
  return cached;
}
