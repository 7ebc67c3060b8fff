/**
 * Claims: typed statements of fact, produced from the derived model by the content rules
 * (src/claims/unit.ts for a unit's release; year.ts, county.ts, area.ts, tips.ts and home.ts for
 * the other pages that say something) and worded by src/text. Every sentence a page
 * shows carries the claims it makes, so src/claims/verify.ts can check each one against the
 * model again and a sentence without a claim cannot be built.
 */
import type { AreaId } from '../lib/areas';
import type { Change, Grade, MissingReason, NotRankedReason, Rank } from '../lib/model';
import type { Measure } from '../lib/series';

/**
 * The ranking a place belongs to: national NKI, county, larger municipalities, the unit's
 * kommungrupp (SKR's peer group of the year), NUI or an area.
 */
export type List = 'national' | 'county' | 'larger' | 'peers' | 'nui' | AreaId;

export type Claim =
  /** A published value: "NKI 86", "bygglov (78)". */
  | { kind: 'value'; unit: string; measure: Measure; year: number; value: number }
  | { kind: 'grade'; unit: string; measure: Measure; year: number; grade: Grade }
  /** A value change; `acrossBreak` changes are stated only with the break said. */
  | ({ kind: 'change'; unit: string; measure: Measure } & Omit<Change, 'notable'>)
  /**
   * `noted`: the place is computed and the release says so once, in the sentence with the
   * 'computed-places' claim before it, instead of after every place.
   */
  | {
      kind: 'place';
      unit: string;
      list: List;
      year: number;
      rank: Rank;
      noted?: true;
      /** For list 'peers': the kommungrupp's code ("C8") and edition the place is in. */
      group?: { code: string; edition: number };
    }
  | {
      kind: 'place-change';
      unit: string;
      list: List;
      fromYear: number;
      toYear: number;
      from: Rank;
      to: Rank;
      acrossBreak: boolean;
      noted?: true;
      /** The move ends in the last place of its list: a rise into it is no climb ("går"). */
      toLast?: true;
    }
  /** Place 1 in a group of `groupSize` ranked: "bäst i Norrbottens län", "Bäst är Kalix". */
  | {
      kind: 'best';
      unit: string;
      list: 'county' | 'larger' | 'peers' | AreaId;
      year: number;
      groupSize: number;
      /** For list 'peers': the kommungrupp. */
      group?: { code: string; edition: number };
    }
  /** The unit's sole largest rise or fall among its areas since `fromYear`: "Bygglov ökar mest". */
  | {
      kind: 'area-extreme';
      unit: string;
      year: number;
      fromYear: number;
      area: AreaId;
      direction: 'up' | 'down';
    }
  | { kind: 'biggest-climber'; unit: string; year: number; fromYear: number; climbed: number }
  | {
      kind: 'record';
      unit: string;
      year: number;
      value: number;
      /** The first result of the same series of NKI totalt: a record never spans a break. */
      since: number;
      /** Results in an older series, which the sentence says are not counted. */
      olderSeriesYears: number[];
      beaten: number;
      /** The first data year of the series, which a record over older series names. */
      seriesFrom: number;
    }
  | { kind: 'not-ranked'; unit: string; year: number; reason: NotRankedReason }
  /** SKR's national place at or above `top` for `years` data years in a row, ending in `year`. */
  | { kind: 'streak'; unit: string; year: number; years: number; top: number }
  /** New in the data (`previousYear` absent) or back after missing a year with most taking part. */
  | { kind: 'newcomer'; unit: string; year: number; previousYear?: number }
  | { kind: 'missing'; unit: string; measure: Measure; year: number; reason: MissingReason }
  /** What a shown result rests on, as far as the file says: answers and response rate (%). */
  | {
      kind: 'basis';
      unit: string;
      measure: Measure;
      year: number;
      answers?: number;
      responseRate?: number;
    }
  | {
      kind: 'average';
      measure: 'nki' | 'nui';
      year: number;
      value: number;
      official: boolean;
      /** The unit's value, when the sentence states the distance to the average. */
      compared?: { unit: string; value: number };
    }
  /** Units the file has results for, and how many of the municipalities have NKI totalt. */
  | {
      kind: 'participants';
      year: number;
      municipalities: number;
      forbund: number;
      withNki: number;
    }
  | {
      kind: 'series-break';
      unit?: string;
      fromYear: number;
      toYear: number;
      /** NKI totalt's number of areas in each year's series: "sex områden mot fem". */
      areas?: { from: number; to: number };
    }
  /**
   * A count over the year's municipalities: comparable, risers and fallers since `fromYear`,
   * ranked in a county, or with a result in an area and ranked there.
   */
  | {
      kind: 'count';
      what:
        'comparable' | 'risers' | 'fallers' | 'ranked-in-county' | 'area-measured' | 'area-ranked';
      year: number;
      fromYear?: number;
      county?: string;
      area?: AreaId;
      n: number;
    }
  /** The mean of the municipalities' values of an area, computed here (not SKR's). */
  | { kind: 'area-average'; area: AreaId; year: number; value: number }
  /** Fixed facts about the survey, the grade scale or the source: checked as text. */
  | {
      kind: 'about';
      topic:
        | 'insikt'
        | 'areas'
        | 'grades'
        | 'source'
        | 'example'
        | 'address'
        /** The year's places are computed from the unrounded values: said once per text. */
        | 'computed-places'
        /** 2015, SKR's in-between year with its own short list. */
        | 'in-between';
      year?: number;
    };

/** The claim of one kind: `ClaimOf<'place'>`. */
export type ClaimOf<K extends Claim['kind']> = Extract<Claim, { kind: K }>;

/** One sentence and the claims it makes: at least one. */
export interface Sentence {
  text: string;
  claims: [Claim, ...Claim[]];
}

/** Builds a sentence; the tuple type makes a claimless sentence a type error. */
export function sentence(text: string, ...claims: [Claim, ...Claim[]]): Sentence {
  return { text, claims };
}
