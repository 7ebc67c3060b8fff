/**
 * The embargo time (NKI_EMBARGO): when the newest year's results may be published. Read as ISO
 * 8601 date and time, "2027-04-27T08:00" in Swedish time (Europe/Stockholm, summer time
 * included) unless an offset is given ("2027-04-27T08:00+02:00", "2027-04-27T06:00Z"), and shown
 * in Swedish: "27 april 2027 kl. 08.00". Pure: the caller passes the value and the build's clock.
 */

/** The time zone of an embargo time without an offset, and of every embargo time shown. */
export const EMBARGO_ZONE = 'Europe/Stockholm';

/** The environment variable, named in the error message. */
export const EMBARGO_VARIABLE = 'NKI_EMBARGO';

/** The embargo as the build sees it: the release time, and whether it is still ahead. */
export interface EmbargoSetting {
  /** When the newest year is released. */
  release: Date;
  /** The release time is after the build's clock: the newest year is built as a preview. */
  active: boolean;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?$/;

/** The one-line Swedish error for a value that is no embargo time. */
export function embargoError(value: string): string {
  return `${EMBARGO_VARIABLE}: "${value}" är ingen giltig tidpunkt. Ange datum och tid enligt ISO 8601, till exempel 2027-04-27T08:00 (svensk tid) eller 2027-04-27T08:00+02:00.`;
}

const wallClock = new Intl.DateTimeFormat('en-US', {
  timeZone: EMBARGO_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** The Swedish wall-clock time of an instant, as if it were UTC (milliseconds). */
function stockholmWall(utc: number): number {
  const parts = wallClock.formatToParts(new Date(utc));
  const get = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
}

/** The instant of a Swedish wall-clock time, or undefined for one skipped at summer time. */
function fromStockholm(wall: number): number | undefined {
  let utc = wall - (stockholmWall(wall) - wall);
  utc = wall - (stockholmWall(utc) - utc);
  return stockholmWall(utc) === wall ? utc : undefined;
}

/** The instant an ISO 8601 embargo time names; throws the Swedish one-line error otherwise. */
export function parseEmbargoTime(value: string): Date {
  const m = ISO.exec(value.trim());
  if (!m) throw new Error(embargoError(value));
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map((x) => Number(x ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const back = new Date(wall);
  const valid =
    year >= 2000 &&
    back.getUTCFullYear() === year &&
    back.getUTCMonth() === month - 1 &&
    back.getUTCDate() === day &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59;
  if (!valid) throw new Error(embargoError(value));
  const offset = m[7];
  if (offset === undefined) {
    const utc = fromStockholm(wall);
    if (utc === undefined) throw new Error(embargoError(value));
    return new Date(utc);
  }
  if (offset === 'Z') return new Date(wall);
  const sign = offset.startsWith('-') ? -1 : 1;
  const [oh, om] = offset.slice(1).split(':').map(Number) as [number, number];
  if (oh > 14 || om > 59) throw new Error(embargoError(value));
  return new Date(wall - sign * (oh * 60 + om) * 60_000);
}

/**
 * The embargo of a build whose clock says `now`, from the variable's value: undefined when the
 * variable is unset or empty (a repository variable that is not set reads as ""); throws the
 * Swedish one-line error for a malformed value.
 */
export function embargoSetting(value: string | undefined, now: Date): EmbargoSetting | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const release = parseEmbargoTime(value);
  return { release, active: release.getTime() > now.getTime() };
}

const swedish = new Intl.DateTimeFormat('sv-SE', {
  timeZone: EMBARGO_ZONE,
  hourCycle: 'h23',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** "27 april 2027 kl. 08.00", in Swedish time. */
export function formatEmbargoTime(time: Date): string {
  const parts = swedish.formatToParts(time);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value;
  return `${get('day')} ${get('month')} ${get('year')} kl. ${get('hour')}.${get('minute')}`;
}

/** The instant as an RFC 3339 timestamp in UTC, as feeds carry it: "2027-04-27T06:00:00Z". */
export function rfc3339(time: Date): string {
  return time.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
