/**
 * The real results the site publishes (data/results: SKR's Insikt via Kolada), loaded and
 * derived once for the tests that check the published texts and pages on real figures.
 */
import path from 'node:path';
import { derive } from '../../src/lib/derive';
import { loadDataset } from '../../src/lib/load';
import type { Dataset, Derived } from '../../src/lib/model';
import { formatReport } from '../../src/lib/report';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');

let cached: Derived | undefined;

/** The real results as the site derives them; never mutate them (test files share them). */
export function realDerived(): Derived {
  if (cached) return cached;
  const { dataset, report } = loadDataset({
    resultsDir: path.join(PROJECT_ROOT, 'data', 'results'),
    referenceDir: path.join(PROJECT_ROOT, 'data', 'reference'),
  });
  if (!dataset) throw new Error(`De riktiga resultaten har fel:\n${formatReport(report)}`);
  cached = derive(dataset);
  return cached;
}

export function realDataset(): Dataset {
  return realDerived().dataset;
}
