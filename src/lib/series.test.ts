import { describe, expect, it } from 'vitest';
import { crossesBreak, seriesOf } from './series';

describe('seriesOf', () => {
  it('puts 2010–2014 in the five-area series', () => {
    expect([2010, 2012, 2014].map(seriesOf)).toEqual(['five-areas', 'five-areas', 'five-areas']);
  });

  it('puts 2015–2023 in the six-area series', () => {
    expect([2015, 2016, 2023].map(seriesOf)).toEqual(['six-areas', 'six-areas', 'six-areas']);
  });

  it('puts 2024 onward in the four-area series', () => {
    expect([2024, 2025].map(seriesOf)).toEqual(['four-areas', 'four-areas']);
  });
});

describe('crossesBreak', () => {
  it('flags 2023→2024 NKI as across a break', () => {
    expect(crossesBreak('nki', 2023, 2024)).toBe(true);
  });

  it('flags 2014→2015 NKI as across a break, in either order', () => {
    expect(crossesBreak('nki', 2014, 2015)).toBe(true);
    expect(crossesBreak('nki', 2016, 2014)).toBe(true);
  });

  it('does not flag NKI within a series', () => {
    expect(crossesBreak('nki', 2016, 2023)).toBe(false);
    expect(crossesBreak('nki', 2010, 2014)).toBe(false);
    expect(crossesBreak('nki', 2024, 2025)).toBe(false);
  });

  it('flags miljö- och hälsoskydd from 2014 to 2016, when livsmedel was split off', () => {
    expect(crossesBreak('miljo-och-halsoskydd', 2014, 2016)).toBe(true);
    expect(crossesBreak('miljo-och-halsoskydd', 2012, 2015)).toBe(true);
  });

  it('does not flag miljö- och hälsoskydd across the 2024 break of NKI totalt', () => {
    expect(crossesBreak('miljo-och-halsoskydd', 2023, 2024)).toBe(false);
  });

  it('never flags other areas or NUI', () => {
    expect(crossesBreak('bygglov', 2014, 2016)).toBe(false);
    expect(crossesBreak('bygglov', 2023, 2024)).toBe(false);
    expect(crossesBreak('brandskydd', 2023, 2024)).toBe(false);
    expect(crossesBreak('nui', 2020, 2024)).toBe(false);
  });
});
