import { describe, expect, it } from 'vitest';
import {
  embargoError,
  embargoSetting,
  formatEmbargoTime,
  parseEmbargoTime,
  rfc3339,
} from './embargo';

describe('an embargo time', () => {
  it('without an offset is Swedish summer time in April: 08.00 is 06.00 UTC', () => {
    expect(parseEmbargoTime('2027-04-27T08:00').toISOString()).toBe('2027-04-27T06:00:00.000Z');
  });

  it('without an offset is Swedish winter time in January: 08.00 is 07.00 UTC', () => {
    expect(parseEmbargoTime('2027-01-15T08:00:30').toISOString()).toBe('2027-01-15T07:00:30.000Z');
  });

  it('with an offset or Z means exactly that instant', () => {
    expect(parseEmbargoTime('2027-04-27T08:00+02:00').toISOString()).toBe(
      '2027-04-27T06:00:00.000Z',
    );
    expect(parseEmbargoTime('2027-04-27T08:00-05:30').toISOString()).toBe(
      '2027-04-27T13:30:00.000Z',
    );
    expect(parseEmbargoTime('2027-04-27T06:00Z').toISOString()).toBe('2027-04-27T06:00:00.000Z');
  });

  it.each([
    '27 april 2027',
    '2027-04-27',
    '2027-04-27 08:00',
    '2027-4-27T08:00',
    '2027-02-30T08:00',
    '2027-04-27T24:00',
    '2027-04-27T08:60',
    '2027-04-27T08:00+2',
    'imorgon',
    // Skipped when Sweden moves to summer time (28 March 2027, 02.00 → 03.00).
    '2027-03-28T02:30',
  ])('"%s" is refused with one Swedish line naming the variable and the format', (value) => {
    expect(() => parseEmbargoTime(value)).toThrow(embargoError(value));
    expect(embargoError(value)).toMatch(/^NKI_EMBARGO: .*ISO 8601.*2027-04-27T08:00\b/);
    expect(embargoError(value)).not.toContain('\n');
  });

  it('is shown in Swedish, in Swedish time', () => {
    expect(formatEmbargoTime(parseEmbargoTime('2027-04-27T08:00'))).toBe('27 april 2027 kl. 08.00');
    expect(formatEmbargoTime(parseEmbargoTime('2027-12-01T06:05Z'))).toBe(
      '1 december 2027 kl. 07.05',
    );
  });

  it('goes into a feed as an RFC 3339 timestamp in UTC', () => {
    expect(rfc3339(parseEmbargoTime('2027-04-27T08:00'))).toBe('2027-04-27T06:00:00Z');
  });
});

describe('the embargo setting of a build', () => {
  const now = new Date('2027-04-25T12:00:00Z');

  it('is none when NKI_EMBARGO is unset or empty, as an unset repository variable reads', () => {
    expect(embargoSetting(undefined, now)).toBeUndefined();
    expect(embargoSetting('', now)).toBeUndefined();
    expect(embargoSetting('  ', now)).toBeUndefined();
  });

  it('is in force before the release time and lifted from it on', () => {
    expect(embargoSetting('2027-04-27T08:00', now)?.active).toBe(true);
    const at = new Date('2027-04-27T06:00:00Z');
    expect(embargoSetting('2027-04-27T08:00', at)).toEqual({ release: at, active: false });
  });

  it('fails on a malformed value rather than building without the embargo', () => {
    expect(() => embargoSetting('2027-04-31T08:00', now)).toThrow(/^NKI_EMBARGO: /);
  });
});
