import { describe, expect, it } from 'vitest';
import { composeCountySummary } from '../../src/text/county-summary';
import { composeYearRelease } from '../../src/text/year-release';
import { change, derivedOf, kommun, placeChange, ranked, unitYear } from '../support/text-synth';

const trosa = kommun('0488', 'Trosa', { countyCode: '04' });
const gnesta = kommun('0461', 'Gnesta', { countyCode: '04' });
const flen = kommun('0482', 'Flen', { countyCode: '04' });
const kalix = kommun('2514', 'Kalix');

function year2021(complete = true) {
  const units = [
    unitYear(trosa, 2021, 86, {
      national: ranked(1),
      county: ranked(1),
      nkiChange: change(2020, 2021, 84, 86),
    }),
    unitYear(kalix, 2021, 85, {
      national: ranked(2),
      nkiChange: change(2020, 2021, 70, 85),
      placeChange: placeChange(2020, 2021, 114, 2),
    }),
    unitYear(gnesta, 2021, 77, {
      national: ranked(60),
      county: ranked(2),
      nkiChange: change(2020, 2021, 80, 77),
    }),
    unitYear(flen, 2021, 70, {
      national: ranked(100),
      county: ranked(3),
      nkiChange: change(2020, 2021, 71, 70),
    }),
  ];
  return derivedOf(units, [
    { year: 2020, nkiAverage: { value: 74.2, basis: 'official' } },
    {
      year: 2021,
      nkiAverage: { value: 73.8, basis: 'official' },
      complete,
      municipalitiesInFile: 198,
      forbundInFile: 11,
    },
  ]);
}

describe('composeYearRelease', () => {
  it('writes SKR’s genre headline for an unchanged, high average', () => {
    expect(composeYearRelease(year2021(), 2021).headline).toBe(
      'Företagarna fortsatt nöjda: NKI 74, oförändrat',
    );
  });

  it('counts risers and fallers beyond the threshold, names leaders and the biggest climber', () => {
    const r = composeYearRelease(year2021(), 2021);
    expect(r.lede).toBe(
      'Riksgenomsnittet för Nöjd Kund Index (NKI) 2021 är 74 enligt SKR, ett högt resultat.',
    );
    const text = r.body.map((b) => b.text).join(' ');
    expect(text).toContain(
      'Av de 4 kommuner som har ett resultat både i år och förra året har 2 höjt sitt index med minst 2 enheter. Samtidigt har 1 sänkt det lika mycket.',
    );
    expect(text).toContain('Högst placering har Trosa (86), Kalix (85) och Gnesta (77).');
    expect(text).toContain(
      'Största klättringen sedan förra året gör Kalix, från plats 114 till plats 2.',
    );
    expect(text).toContain(
      'Underlaget för 2021 har resultat för 198 kommuner och 11 förbund eller gemensamma förvaltningar.',
    );
  });

  it('claims no counts from a partial file', () => {
    const text = composeYearRelease(year2021(false), 2021)
      .body.map((b) => b.text)
      .join(' ');
    expect(text).not.toMatch(/deltar|kan jämföras/);
  });

  it('flags a series break instead of calling the average changed', () => {
    const d = derivedOf(
      [unitYear(trosa, 2023, 80), unitYear(trosa, 2024, 82)],
      [
        { year: 2023, nkiAverage: { value: 75, basis: 'official' } },
        { year: 2024, nkiAverage: { value: 78, basis: 'official' } },
      ],
    );
    const r = composeYearRelease(d, 2024);
    expect(r.headline).toBe('NKI 78 för 2024, nu med fyra områden');
    expect(r.body[0]?.text).toBe(
      'NKI totalt bygger 2024 på fyra områden, mot sex 2023. Jämförelser bakåt ska därför läsas med försiktighet.',
    );
  });

  it('says an average rose by its published difference', () => {
    const d = derivedOf(
      [unitYear(trosa, 2020, 80), unitYear(trosa, 2021, 82)],
      [
        { year: 2020, nkiAverage: { value: 72.4, basis: 'official' } },
        { year: 2021, nkiAverage: { value: 74.4, basis: 'official' } },
      ],
    );
    expect(composeYearRelease(d, 2021).headline).toBe('Företagarna mer nöjda: NKI 74, upp 2');
  });
});

describe('composeCountySummary', () => {
  it('names the county’s best by SKR’s county place and lists the rest in order', () => {
    const r = composeCountySummary(year2021(), '04', 2021);
    expect(r.headline).toBe('Trosa bäst i Södermanlands län');
    expect(r.lede).toBe(
      'Trosa kommun får 86 i Nöjd Kund Index (NKI) 2021, högst bland de 3 rankade kommunerna i Södermanlands län.',
    );
    expect(r.body[1]?.text).toBe('Därefter följer Gnesta (77, plats 2) och Flen (70, plats 3).');
  });

  it('never puts a computed county leader in the headline', () => {
    const d = derivedOf([
      unitYear(trosa, 2021, 86, { county: ranked(1, { basis: 'computed' }) }),
      unitYear(gnesta, 2021, 77, { county: { kind: 'not-ranked', reason: 'too-few-answers' } }),
    ]);
    const r = composeCountySummary(d, '04', 2021);
    expect(r.headline).toBe('Södermanlands län i Insikt 2021');
    // One ranked municipality is no group to be best in, whatever the basis.
    expect(r.lede).not.toContain('högst');
    expect(r.body[1]?.text).toContain('Utan placering i länet är Gnesta.');
  });
});
