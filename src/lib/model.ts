/**
 * The domain model, one named type per stage of the pipeline:
 *
 *   file bytes → RawTable (cells as text) → ResultRow (validated, typed) → YearResults
 *   → Dataset → derived facts: UnitYear (ranks, changes, grades) → UnitRecord (all years)
 *
 * Values are indexes 0–100 kept unrounded; rounding happens only where a number is shown.
 * A missing value is a `Score` of kind 'missing' with its reason, never NaN or a bare null.
 *
 * Longer than 250 lines on purpose: the types of every stage in one file, so the pipeline reads
 * top to bottom in one place.
 */
import type { AreaId, FactorId } from './areas';

// ---------------------------------------------------------------- reference data

export interface County {
  /** SCB's two-digit county code, a string: "25". */
  code: string;
  /** "Norrbottens län". */
  name: string;
  /** "norrbottens-lan". */
  slug: string;
}

export interface Municipality {
  kind: 'kommun';
  /** SCB's four-digit code, a string: "2514". */
  code: string;
  /** SCB's short name, the key result files use: "Kalix", "Upplands-Bro". */
  name: string;
  /** The form used in running text: "Kalix kommun", "Stockholms stad", "Region Gotland". */
  displayName: string;
  slug: string;
  countyCode: string;
  population: number;
  /** ISO date the population refers to: "2023-12-31". */
  populationDate: string;
}

export interface JointAuthority {
  kind: 'forbund';
  /** Project-assigned code: "F01". SCB gives förbund no code. */
  code: string;
  /** "Miljöförbundet Blekinge Väst". */
  name: string;
  /** Förbund are referred to by their full name in text too. */
  displayName: string;
  slug: string;
  /** SCB codes of member municipalities. */
  memberCodes: string[];
}

export type Unit = Municipality | JointAuthority;

export interface Reference {
  municipalities: Municipality[];
  counties: County[];
  jointAuthorities: JointAuthority[];
  /** SKR's kommungrupper, one per edition (2017, 2023); absent in reference sets without them. */
  peerGroupings?: PeerGrouping[];
}

/** One of SKR's nine kommungrupper in one edition: "C8", "Landsbygdskommun". */
export interface PeerGroup {
  code: string;
  /** SKR's name, singular, as the edition spells it. */
  name: string;
}

/** One edition of SKR's kommungruppsindelning: every municipality in exactly one group. */
export interface PeerGrouping {
  /** The year of the edition: 2017, 2023 (which data years use it: rules.ts PEER_GROUPINGS). */
  edition: number;
  /** In code order, A1 … C9. */
  groups: PeerGroup[];
  /** Municipality code → group code. */
  groupOf: Record<string, string>;
}

// ---------------------------------------------------------------- values

export type MissingReason =
  /** Shown as a missing marker ("–", "..", "*", "x") or suppressed for few answers. */
  | 'suppressed'
  /**
   * An empty cell: no value, for a reason the file does not give (no cases, or too few answers
   * to publish: Kolada leaves out totals under 20 answers and areas under 10).
   */
  | 'no-result'
  /** The file says the unit had no cases ("ej mätt", "inga ärenden"). */
  | 'not-measured'
  /** Fewer than 7 answers: SKR does not show the result. */
  | 'too-few-answers';

export type Score =
  { kind: 'measured'; value: number } | { kind: 'missing'; reason: MissingReason };

// ---------------------------------------------------------------- problems

export interface SourceLocation {
  /** File name as given to the loader, e.g. "2021.csv". */
  file: string;
  /** 1-based line in the file; 0 when the problem concerns the whole file. */
  line: number;
  /** 1-based column (field index); 0 when the problem concerns the whole row or file. */
  column: number;
  /** The worksheet, when the file is a workbook: `line` is then its row and `column` its column. */
  sheet?: string;
}

export interface Problem extends SourceLocation {
  severity: 'error' | 'warning';
  /** Swedish, for the person who supplied the file. */
  message: string;
  /** The raw cell text, where a cell is at fault. */
  raw?: string;
  /** Closest known values, best first ("Kalixx" → ["Kalix"]). */
  suggestions?: string[];
}

// ---------------------------------------------------------------- parsed and validated

/** A data row as text, before interpretation. `cells[i]` belongs to `header[i]`. */
export interface RawRow {
  line: number;
  cells: string[];
  /** The row does not fit its header (a cell too many or too few): already an error, not read. */
  misfit?: boolean;
}

/** A result file split into header and rows; title lines and notes are kept for the report. */
export interface RawTable {
  file: string;
  delimiter: string;
  encoding: 'utf-8' | 'utf-8-bom' | 'windows-1252' | 'xlsx';
  /** The worksheet a workbook's table came from; rows are then sheet rows, columns sheet columns. */
  sheet?: string;
  headerLine: number;
  header: string[];
  rows: RawRow[];
  /** Lines above the header (titles) and below the data (notes, "Källa: …"). */
  titleLines: string[];
  noteLines: string[];
}

export interface AreaResult {
  score: Score;
  /** SKR's placement in this area's ranking, where the file has it. */
  officialPlace?: number;
  answers?: number;
  /** Percent, 0–100. */
  responseRate?: number;
}

/** One unit's results for one year, validated and typed. */
export interface ResultRow {
  source: { file: string; line: number };
  year: number;
  unitCode: string;
  nki: Score;
  officialPlace?: number;
  /** SKR's placement within the county, where the file has it. */
  officialCountyPlace?: number;
  areas: Partial<Record<AreaId, AreaResult>>;
  nui: Score;
  officialNuiPlace?: number;
  nuiAnswers?: number;
  factors: Partial<Record<FactorId, Score>>;
  answers?: number;
  /** Percent, 0–100. */
  responseRate?: number;
}

/** Where the data year of a table was read: file name, sheet name, a title row or a year column. */
export type YearSource = 'file-name' | 'sheet-name' | 'title' | 'column';

/** A named source a result file declares on its title line, e.g. Kolada's export. */
export interface DataSource {
  name: 'Kolada';
  /** The Kolada KPI ids the figures were fetched from. */
  kpis: string[];
  /** ISO date of the fetch. */
  fetched: string;
}

/** Which kinds of figures a year's files hold at all (Kolada has no placements or answers). */
export interface YearContents {
  placements: boolean;
  answers: boolean;
  responseRates: boolean;
}

/** Everything one file (or several merged by unit) said about one year. */
export interface YearResults {
  year: number;
  /** The file, or the files joined with " + " when several were merged. */
  file: string;
  /** Every file (workbooks with their sheet) that contributed, in reading order. */
  files?: string[];
  /** Declared by the file (Kolada): the site credits it and says what it lacks. */
  source?: DataSource;
  /** False where no file of the year has such a column: placements are then computed, and
   * eligibility cannot be judged. */
  contents?: YearContents;
  /** Data rows read from the file (every one is either in `rows` or reported as an error). */
  rowsRead: number;
  rows: ResultRow[];
  /** National averages stated in the file (a "Riket"/"Samtliga" row), unrounded. */
  statedAverage?: { nki?: number; nui?: number };
}

export interface Dataset {
  reference: Reference;
  /** Sorted by year ascending; one entry per data year. */
  years: YearResults[];
  /** True while the data is the embedded example, so every page can say so. */
  isExample: boolean;
}

export interface ValidationReport {
  problems: Problem[];
  files: {
    file: string;
    /** The worksheet, for a table read from a workbook. */
    sheet?: string;
    year?: number;
    yearSource?: YearSource;
    rowsRead: number;
    units: number;
  }[];
  /** Files in the results folder that were not read on purpose (lock files, backups, folders). */
  skipped?: { file: string; reason: string }[];
  /** For years built from several files: which file gave which columns. */
  merges?: { year: number; units: number; columns: { file: string; fields: string[] }[] }[];
}

// ---------------------------------------------------------------- derived facts

export type Grade = 'mycket-hogt' | 'hogt' | 'godkant' | 'lagt';

export interface Rank {
  place: number;
  /** SKR's own placement from the file, or computed here from unrounded values. */
  basis: 'official' | 'computed';
  /** Another unit shares this place (only when unrounded values are exactly equal). */
  tied: boolean;
  /** How many were ranked, only when the data states or implies it completely. */
  outOf?: number;
}

export type NotRankedReason =
  | 'no-result'
  | 'too-few-answers'
  | 'low-response-rate'
  | 'missing-mandatory-area'
  /** The file has SKR's placements and this unit has none, for a reason the file does not give. */
  | 'not-ranked-by-skr'
  | 'not-a-municipality';

export type RankOutcome =
  { kind: 'ranked'; rank: Rank } | { kind: 'not-ranked'; reason: NotRankedReason };

/** How NKI totalt and the area series are composed in a year (domain notes §2). */
export type SeriesId = 'five-areas' | 'six-areas' | 'four-areas';

export interface Change {
  fromYear: number;
  toYear: number;
  /** Unrounded values. */
  from: number;
  to: number;
  /** Difference of the published (rounded) integers, as a reader would compute it. */
  delta: number;
  /** The comparison crosses a series break (domain notes §2). */
  acrossBreak: boolean;
  /** |delta| ≥ 2 and not across a break: may be called an increase or decrease. */
  notable: boolean;
}

export interface PlaceChange {
  fromYear: number;
  toYear: number;
  from: Rank;
  to: Rank;
  /** Positive when the unit climbed (a smaller place number). */
  climbed: number;
}

export interface AreaYear {
  area: AreaId;
  score: Score;
  grade?: Grade;
  rank: RankOutcome;
  change?: Change;
  /** The same area two or more measured years back, when notable (52 → 72 in two years). */
  longChange?: Change;
  answers?: number;
}

/** One unit in one year, with every derived fact the text, charts and pages need. */
export interface UnitYear {
  unit: Unit;
  year: number;
  series: SeriesId;
  row: ResultRow;
  nki: Score;
  grade?: Grade;
  national: RankOutcome;
  county?: RankOutcome;
  /** Among municipalities with more than 40 000 inhabitants; absent for smaller ones. */
  larger?: RankOutcome;
  /** The unit's kommungrupp that year, its place in it and the group's median; absent for
   * förbund and for data years without a grouping (before 2017). */
  peers?: PeerStanding;
  nui: Score;
  nuiGrade?: Grade;
  nuiRank: RankOutcome;
  areas: AreaYear[];
  factors: { factor: FactorId; score: Score }[];
  /** From the previous year the unit has a result (not necessarily year − 1). */
  nkiChange?: Change;
  nkiLongChange?: Change;
  nuiChange?: Change;
  placeChange?: PlaceChange;
  countyPlaceChange?: PlaceChange;
  nuiPlaceChange?: PlaceChange;
  /** The previous year with a result for this unit, if any. */
  previousYear?: number;
  /** True when the unit took part in the year before last but not in year − 1 (or similar gaps). */
  afterGap: boolean;
  firstYear: boolean;
}

/** A municipality among its kommungrupp in one data year. */
export interface PeerStanding {
  edition: number;
  group: PeerGroup;
  /** Computed from unrounded values among the group's municipalities, as the national list is
   * (SKR's own group places are not in the data). */
  rank: RankOutcome;
  /** The group's municipalities in the reference list. */
  members: number;
  /** The group's municipalities with a shown NKI totalt that year. */
  withNki: number;
  /** Median of their unrounded NKI totalt; absent when none has one. */
  median?: number;
  /** Median of each area among the group's municipalities with a shown result there. */
  areaMedians: Partial<Record<AreaId, number>>;
}

export interface UnitRecord {
  unit: Unit;
  /** Ascending by year. */
  years: UnitYear[];
}

export interface Average {
  value: number;
  basis: 'official' | 'computed';
}

export interface YearSummary {
  year: number;
  series: SeriesId;
  nkiAverage?: Average;
  nuiAverage?: Average;
  /** Units present in the file. */
  municipalitiesInFile: number;
  /** Municipalities with NKI totalt in the file (the rest have only areas or service factors). */
  municipalitiesWithNki: number;
  forbundInFile: number;
  /** False when the file is partial (e.g. official places beyond the number of rows). */
  complete: boolean;
  /** Number ranked nationally on NKI, only when known. */
  rankedCount?: number;
  /** The year's kommungrupper with their median NKI; absent before 2017 (no grouping). */
  peerGroups?: {
    edition: number;
    group: PeerGroup;
    members: number;
    withNki: number;
    median?: number;
    areaMedians: Partial<Record<AreaId, number>>;
  }[];
}

/** The whole derived dataset, ready for text, charts and pages. */
export interface Derived {
  dataset: Dataset;
  years: YearSummary[];
  records: UnitRecord[];
  /** `${unit.code}:${year}` → UnitYear, for quick look-up. */
  byUnitYear: Map<string, UnitYear>;
}
