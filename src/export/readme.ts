/**
 * The README that goes with the downloads (Markdown, Swedish): what the data is, the two CSV
 * dialects and JSON, every column, how missing values are marked, source, licence and how to
 * cite — and, while the data is the example, a warning at the top.
 */
import type { Dataset } from '../lib/model';
import { sourceLine } from '../lib/provenance';
import { DOWNLOAD_COLUMNS, MISSING_TEXT } from './columns';

export interface ReadmeOptions {
  /** The site's base URL, for the citation example: "https://nki-rapporten.example". */
  siteUrl?: string;
  /** Replaces the default licence paragraph (for the project owner to settle). */
  licence?: string;
}

const DEFAULT_LICENCE =
  'Siffrorna är öppna data från SKR (Sveriges Kommuner och Regioner); nyckeltalen finns också i ' +
  'Kolada, som publiceras under licensen CC BY. Du får använda, bearbeta och sprida dem om du ' +
  'anger källan.';

/** The licence paragraph when some years came from Kolada: its licence, with SKR as the origin. */
function koladaLicence(dataset: Dataset): string | undefined {
  const kolada = dataset.years.filter((y) => y.source?.name === 'Kolada');
  if (kolada.length === 0) return undefined;
  return [
    'Siffrorna är SKR:s (Sveriges Kommuner och Regioner) resultat från undersökningen Insikt,',
    'hämtade från Kolada (RKA, Rådet för främjande av kommunala analyser), som publicerar dem som',
    'öppna data under licensen CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/deed.sv).',
    ...(kolada.length < dataset.years.length
      ? ['Det gäller de år där kolumnen `kalla` nämner Kolada; de andra åren kommer från SKR.']
      : []),
    'Du får använda, bearbeta och sprida dem om du anger källan: SKR:s Insikt som ursprung, via',
    'Kolada, med licensen.',
  ].join('\n');
}

/** The README text; everything in it comes from `dataset`, so it always matches the files. */
export function datasetReadme(dataset: Dataset, opts: ReadmeOptions = {}): string {
  const years = dataset.years.map((y) => y.year);
  const first = years[0];
  const last = years[years.length - 1];
  const span = first === undefined ? 'inga år' : first === last ? `${first}` : `${first}–${last}`;
  const decimal = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 });
  const codes = new Set(dataset.reference.jointAuthorities.map((f) => f.code));
  const yearLines = dataset.years.map((y) => {
    const forbund = y.rows.filter((r) => codes.has(r.unitCode)).length;
    const average = y.statedAverage?.nki;
    const avgText = average === undefined ? '' : `, riksgenomsnitt NKI ${decimal.format(average)}`;
    const via = y.source ? `, hämtad från Kolada (RKA, CC BY 4.0) ${y.source.fetched}` : '';
    return `- ${y.year}: ${y.rows.length - forbund} kommuner och ${forbund} förbund (från filen ${y.file}${via}${avgText})`;
  });
  const example = dataset.isExample
    ? [
        '> **Exempeldata.** Siffrorna i de här filerna är påhittade för att visa hur webbplatsen',
        '> fungerar. De är inte SKR:s resultat och får inte citeras som sådana. Kolumnen',
        '> `exempeldata` är "ja" på varje rad.',
        '',
      ]
    : [];
  return [
    '# NKI-rapporten – data',
    '',
    ...example,
    'Resultat från SKR:s undersökning Insikt om hur företag upplever kommunernas',
    'myndighetsutövning: NKI (Nöjd Kund Index, 0–100) totalt, per myndighetsområde och per',
    'serviceområde, för kommuner och förbund, samt NUI (Nöjd Upphandlingsindex), som redovisas',
    'separat och inte ingår i NKI totalt. Året är dataåret, det år ärendena avsåg; SKR publicerar',
    'resultaten i april året efter.',
    '',
    `## Innehåll (${span})`,
    '',
    ...yearLines,
    '',
    'Varje fil har en rad per kommun eller förbund och år, med alla värden som fanns i underlaget.',
    'Värdena är oavrundade; SKR publicerar heltal. NKI totalt omfattar fem områden 2010–2014, sex',
    '2015–2023 och fyra från 2024: jämför inte NKI totalt rakt över de brotten.',
    '',
    '## Format',
    '',
    '- **CSV för Excel**: UTF-8 med BOM, semikolon mellan fälten, decimalkomma, CRLF. Öppnas rätt',
    '  med dubbelklick i svenskt Excel. Excel visar koder som "0180" som talet 180; importera via',
    '  Data › Från text/CSV och välj typen Text för `kod` och `lan_kod` om du behöver nollorna.',
    '- **CSV, enkel**: UTF-8 utan BOM, kommatecken mellan fälten, decimalpunkt, LF.',
    '- **JSON**: samma fält som CSV-kolumnerna; tal som tal, tomma värden som `null`,',
    '  `exempeldata` som true/false.',
    '',
    'Första raden i en CSV-fil är rubrikraden; sedan följer bara datarader. Källan står i',
    'kolumnen `kalla` och exempeldataflaggan i kolumnen `exempeldata`.',
    '',
    '## Saknade värden',
    '',
    'Ett tomt fält betyder att värdet saknas. Kolumnen `<namn>_saknas` bredvid varje index säger',
    'varför:',
    '',
    `- "${MISSING_TEXT.suppressed}": värdet var dolt eller markerat som saknat i SKR:s underlag;`,
    `- "${MISSING_TEXT['no-result']}": underlaget har inget värde, utan att säga varför (inga ärenden, eller för få svar: Kolada visar NKI totalt först från 20 svar och ett område från 10);`,
    `- "${MISSING_TEXT['not-measured']}": underlaget säger att kommunen inte hade några ärenden i området;`,
    `- "${MISSING_TEXT['too-few-answers']}": färre än 7 svar, så SKR redovisar inte resultatet.`,
    '',
    'Är både värdet och `_saknas` tomma hade underlaget inget om området det året.',
    '',
    '## Kolumner',
    '',
    ...DOWNLOAD_COLUMNS.map((c) => `- \`${c.name}\`: ${c.description}`),
    '',
    '## Källa och licens',
    '',
    opts.licence ?? koladaLicence(dataset) ?? DEFAULT_LICENCE,
    '',
    '## Så citerar du',
    '',
    `Ange källan med dataåret, så som den står i kolumnen \`kalla\`${opts.siteUrl ? `, gärna med länken ${opts.siteUrl}` : ''}.`,
    last === undefined ? '' : `Exempel: "${sourceLine(dataset, last)}"`,
    '',
  ].join('\n');
}
