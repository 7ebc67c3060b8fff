/** The download links pages show, with their labels; the addresses are urls.ts's. */
import type { Unit } from '../lib/model';
import { datasetDataUrl, dataReadmeUrl, unitDataUrl, yearDataUrl } from './urls';

export const yearDownloads = (year: number) => [
  {
    href: yearDataUrl(year, 'excel-csv'),
    label: `${year}: CSV för Excel (semikolon, decimalkomma)`,
  },
  { href: yearDataUrl(year, 'csv'), label: `${year}: CSV (komma, decimalpunkt)` },
  { href: yearDataUrl(year, 'json'), label: `${year}: JSON` },
];

export const unitDownloads = (unit: Unit) => [
  {
    href: unitDataUrl(unit, 'excel-csv'),
    label: `${unit.displayName}, alla år: CSV för Excel`,
  },
  { href: unitDataUrl(unit, 'csv'), label: `${unit.displayName}, alla år: CSV` },
  { href: unitDataUrl(unit, 'json'), label: `${unit.displayName}, alla år: JSON` },
];

export const datasetDownloads = [
  { href: datasetDataUrl('excel-csv'), label: 'Alla år och enheter: CSV för Excel' },
  { href: datasetDataUrl('csv'), label: 'Alla år och enheter: CSV' },
  { href: datasetDataUrl('json'), label: 'Alla år och enheter: JSON' },
  { href: dataReadmeUrl, label: 'Läs mig: kolumner, källa, licens och hur du citerar' },
];
