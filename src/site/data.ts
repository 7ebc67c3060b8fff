/**
 * The build's single entry to the data: load → validate → derive, once per build.
 * `npm run build` (scripts/build.ts) loads and derives the data itself, prints the data report
 * and hands the model to the pages with `provideDerived` before Astro renders them, in the same
 * process; Astro bundles this module separately from the script, so the model is handed over
 * under a global key. Anything else (the dev server, tests) loads the data on first use here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseShapes } from '../lib/shapes';
import type { MunicipalityShapes } from '../charts/map-shapes';
import { loadDataset } from '../lib/load';
import { buildSettings, type Settings } from './config';
import { derive } from '../lib/derive';
import { creditLine } from '../lib/provenance';
import { formatReport } from '../lib/report';
import type { Derived, ValidationReport } from '../lib/model';
import { buildEmbargo } from './config';
import { embargoedPages, releaseOf, type Release } from './embargo';

const KEY = Symbol.for('nki-rapporten.derived');
const shared = globalThis as typeof globalThis & { [KEY]?: Derived };

/** Loads, validates and derives the data in `root`; `derived` is undefined on data errors. */
export function loadDerived(
  settings: Pick<Settings, 'resultsDir' | 'referenceDir'> = buildSettings(),
): {
  derived?: Derived;
  report: ValidationReport;
} {
  const started = performance.now();
  const { dataset, report } = loadDataset({
    resultsDir: settings.resultsDir,
    referenceDir: settings.referenceDir,
  });
  console.log(`[phase] load ${Math.round(performance.now() - started)}`);
  if (!dataset) return { report };
  const deriving = performance.now();
  const derived = derive(dataset);
  console.log(`[phase] derive ${Math.round(performance.now() - deriving)}`);
  return { derived, report };
}

/** Makes `derived` the model every page of this process is built from. */
export function provideDerived(derived: Derived): void {
  shared[KEY] = derived;
}

export function getDerived(): Derived {
  const provided = shared[KEY];
  if (provided) return provided;
  const { derived, report } = loadDerived();
  if (!derived) {
    throw new Error(`Data innehåller fel, så inget publiceras:\n${formatReport(report)}`);
  }
  provideDerived(derived);
  return derived;
}

let shapes: MunicipalityShapes | undefined;

/** The municipalities' areas for the map (data/reference/kommuner.geojson), checked. */
export function getShapes(): MunicipalityShapes {
  shapes ??= loadShapes(
    process.cwd(),
    getDerived().dataset.reference.municipalities.map((m) => m.code),
  );
  return shapes;
}

/** The areas in `root`'s data/reference/kommuner.geojson, checked against `codes`. */
export function loadShapes(root: string, codes: readonly string[]): MunicipalityShapes {
  return parseShapes(
    readFileSync(path.join(root, 'data', 'reference', 'kommuner.geojson'), 'utf-8'),
    [...codes],
  );
}

/** The data years the site covers, ascending (for citations and footers). */
export function dataYears(): number[] {
  return getDerived().years.map((y) => y.year);
}

/** The footer's source credit: SKR, and Kolada with its licence where the data came from there. */
export function sourceCredit(): string {
  return creditLine(getDerived().dataset.years);
}

/** The newest year's release time and embargo in this build (NKI_EMBARGO, read in config.ts). */
export function getRelease(): Release | undefined {
  return releaseOf(getDerived(), buildEmbargo());
}

let held: Set<string> | undefined;

/** The pages under embargo in this build (src/site/embargo.ts embargoedPages). */
export function getEmbargoedPages(): Set<string> {
  held ??= embargoedPages(getDerived(), getRelease());
  return held;
}
