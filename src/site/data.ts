/**
 * The build's single entry to the data: load → validate → derive, once per build process.
 * A data error stops the build with the same report `npm run check-data` prints.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseShapes } from '../lib/shapes';
import type { MunicipalityShapes } from '../charts/map-shapes';
import { loadDataset, resultsDirFromEnv } from '../lib/load';
import { derive } from '../lib/derive';
import { creditLine } from '../lib/provenance';
import { formatReport } from '../lib/report';
import type { Derived } from '../lib/model';

let cached: Derived | undefined;

export function getDerived(): Derived {
  if (cached) return cached;
  const root = process.cwd();
  const results = resultsDirFromEnv(root);
  const { dataset, report } = loadDataset({
    resultsDir: results.resultsDir,
    referenceDir: process.env.NKI_REFERENCE_DIR ?? path.join(root, 'data', 'reference'),
    isExample: results.isExample,
  });
  if (!dataset) {
    throw new Error(`Data innehåller fel, så inget publiceras:\n${formatReport(report)}`);
  }
  const started = performance.now();
  cached = derive(dataset);
  console.log(`[phase] derive ${Math.round(performance.now() - started)}`);
  return cached;
}

let shapes: MunicipalityShapes | undefined;

/** The municipalities' areas for the map (data/reference/kommuner.geojson), checked. */
export function getShapes(): MunicipalityShapes {
  shapes ??= parseShapes(
    readFileSync(path.join(process.cwd(), 'data', 'reference', 'kommuner.geojson'), 'utf-8'),
    getDerived().dataset.reference.municipalities.map((m) => m.code),
  );
  return shapes;
}

/** The data years the site covers, ascending (for citations and footers). */
export function dataYears(): number[] {
  return getDerived().years.map((y) => y.year);
}

/** The footer's source credit: SKR, and Kolada with its licence where the data came from there. */
export function sourceCredit(): string {
  return creditLine(getDerived().dataset.years);
}
