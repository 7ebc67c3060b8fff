import { describe, expect, it } from 'vitest';
import type { Derived, UnitYear } from '../../src/lib/model';
import { composeRelease } from '../../src/text/release';
import type { Release } from '../../src/text/types';
import {
  area,
  change,
  derivedOf,
  forbund,
  kommun,
  m,
  placeChange,
  ranked,
  sentencesOf,
  unitYear,
} from './text-synth';

const kalix = kommun('2514', 'Kalix');
const boden = kommun('2582', 'Boden', { displayName: 'Bodens kommun' });
const huddinge = kommun('0126', 'Huddinge', { countyCode: '01', population: 115000 });
const trosa = kommun('0488', 'Trosa', { countyCode: '04' });

function bodyText(r: Release): string {
  return [r.lede, ...r.body.filter((b) => b.kind === 'paragraph').map((b) => b.text)].join(' ');
}
function allText(r: Release): string {
  return [r.headline, bodyText(r), ...r.method.map((b) => b.text)].join(' ');
}

/** Checks every page must pass: unique sentence openings, no negative superlative. */
function expectHouseRules(r: Release): void {
  const texts = [r.headline, r.lede, ...r.body, ...r.method]
    .map((b) => (typeof b === 'string' ? b : b.kind === 'paragraph' ? b.text : ''))
    .filter((t) => t.length > 0);
  const openings = sentencesOf(texts).map((s) =>
    s.split(/\s+/).slice(0, 2).join(' ').toLowerCase(),
  );
  expect(openings.filter((o, i) => openings.indexOf(o) !== i)).toEqual([]);
  expect(allText(r)).not.toMatch(/sämst|sämsta|sist i landet/);
}

/** Every number in headline, lede and body must be in `allowed` (years and the 40 000 rule too). */
function expectNumbersFrom(r: Release, allowed: number[]): void {
  const text = [r.headline, bodyText(r)].join(' ').replace(/40\u00a0000/g, '');
  const found = [...text.matchAll(/\d+/g)].map((x) => Number(x[0]));
  expect(found.filter((n) => !allowed.includes(n))).toEqual([]);
}

function kalix2021(patch: Partial<UnitYear> = {}): Derived {
  const y2020 = unitYear(kalix, 2020, 70.2, { national: ranked(114) });
  const y2021 = unitYear(kalix, 2021, 86.3, {
    national: ranked(2),
    county: ranked(1),
    placeChange: placeChange(2020, 2021, 114, 2),
    nkiChange: change(2020, 2021, 70.2, 86.3),
    previousYear: 2020,
    areas: [
      area('bygglov', 88, { change: change(2020, 2021, 70, 88), rank: ranked(3) }),
      area('miljo-och-halsoskydd', 84, { change: change(2020, 2021, 80, 84) }),
      area('livsmedelskontroll', 85),
      area('serveringstillstand', 87),
      area('brandskydd', 83),
      area('markupplatelse', 81),
    ],
    ...patch,
  });
  const boden2021 = unitYear(boden, 2021, 75, { national: ranked(80), county: ranked(2) });
  return derivedOf(
    [y2020, y2021, boden2021],
    [
      {
        year: 2021,
        nkiAverage: { value: 74, basis: 'official' },
        municipalitiesInFile: 198,
        forbundInFile: 11,
      },
    ],
  );
}

describe('a unit in second place (Kalix 2021)', () => {
  const r = composeRelease(kalix2021(), '2514', 2021);

  it('leads with the country’s second most satisfied customers', () => {
    expect(r.headline).toBe('Kalix kommun har landets näst mest nöjda kunder');
  });

  it('states the index, the climb from place 114 and bygglov as third in Sweden', () => {
    expect(r.lede).toBe(
      'Företagen ger Kalix kommun 86 av 100 i Nöjd Kund Index (NKI) för 2021. Det är ett mycket högt resultat.',
    );
    const text = bodyText(r);
    expect(text).toContain('I landet klättrar kommunen från plats 114 till plats 2.');
    expect(text).toContain(
      'Störst ökning har bygglov, från 70 till 88. Där är kommunen tredje bäst i landet.',
    );
    expect(text).toContain('I Norrbottens län är kommunen bäst.');
    expect(text).toContain('Jämfört med förra året ökar index från 70 till 86.');
  });

  it('compares with SKR’s national average and names the participants of a complete file', () => {
    const text = bodyText(r);
    expect(text).toContain(
      'Riksgenomsnittet 2021 är 74 enligt SKR. Kommunen ligger alltså 12 indexenheter över genomsnittet.',
    );
    expect(text).toContain('I mätningen för 2021 deltar 198 kommuner och 11 förbund.');
  });

  it('keeps the house rules and uses only numbers from the model', () => {
    expectHouseRules(r);
    expectNumbersFrom(r, [2, 3, 70, 74, 84, 80, 86, 88, 100, 114, 12, 198, 11, 2020, 2021]);
  });
});

describe('the headline', () => {
  function headlineFor(patch: Partial<UnitYear>, others: UnitYear[] = []): string {
    const uy = unitYear(trosa, 2021, 78, patch);
    return composeRelease(derivedOf([uy, ...others]), '0488', 2021).headline;
  }

  it('says first place is the country’s most satisfied customers', () => {
    expect(headlineFor({ national: ranked(1) })).toBe('Trosa kommun har landets mest nöjda kunder');
  });

  it('says third place in words', () => {
    expect(headlineFor({ national: ranked(3) })).toBe(
      'Trosa kommun har landets tredje mest nöjda kunder',
    );
  });

  it('writes a place in the top ten as an ordinal in words', () => {
    expect(headlineFor({ national: ranked(7) })).toBe('Trosa kommun på sjunde plats i landet');
  });

  it('does not claim sole first place for a shared one', () => {
    expect(headlineFor({ national: ranked(1, { tied: true }) })).toBe(
      'Trosa kommun på delad första plats i landet',
    );
  });

  it('never leads with a computed placement, however good', () => {
    expect(headlineFor({ national: ranked(1, { basis: 'computed' }) })).toBe(
      'Trosa kommun får NKI 78 – ett högt resultat',
    );
  });

  it('names the county when the unit is best there', () => {
    expect(headlineFor({ national: ranked(40), county: ranked(1) })).toBe(
      'Trosa kommun bäst i Södermanlands län',
    );
  });

  it('names the best among the larger municipalities', () => {
    expect(headlineFor({ national: ranked(40), county: ranked(3), larger: ranked(1) })).toBe(
      'Trosa kommun bäst bland de större kommunerna',
    );
  });

  it('names the year’s biggest climber in official places', () => {
    const other = unitYear(kalix, 2021, 70, {
      national: ranked(90),
      placeChange: placeChange(2020, 2021, 100, 90),
    });
    expect(
      headlineFor({ national: ranked(40), placeChange: placeChange(2020, 2021, 120, 40) }, [other]),
    ).toBe('Trosa kommun klättrar mest i landet');
  });

  it('is neutral with index and grade for a place in the middle of the table', () => {
    expect(headlineFor({ national: ranked(138) })).toBe(
      'Trosa kommun får NKI 78 – ett högt resultat',
    );
  });

  it('names the unit’s own record when it beats two earlier years in the same series', () => {
    const years = [
      unitYear(trosa, 2019, 70, { national: ranked(60) }),
      unitYear(trosa, 2020, 74, { national: ranked(50) }),
      unitYear(trosa, 2021, 78, { national: ranked(45) }),
    ];
    expect(composeRelease(derivedOf(years), '0488', 2021).headline).toBe(
      'Trosa kommun når sitt högsta NKI hittills: 78',
    );
  });
});

describe('scenarios', () => {
  it('equal values: a shared place says "delad"', () => {
    const uy = unitYear(trosa, 2021, 77, { national: ranked(60, { tied: true }) });
    const r = composeRelease(derivedOf([uy]), '0488', 2021);
    expect(bodyText(r)).toContain('I landet hamnar kommunen på delad plats 60.');
    expectHouseRules(r);
  });

  it('gives a denominator only when the model knows how many were ranked', () => {
    const withCount = unitYear(trosa, 2021, 77, { national: ranked(38, { outOf: 196 }) });
    expect(bodyText(composeRelease(derivedOf([withCount]), '0488', 2021))).toContain(
      'plats 38 av 196',
    );
    const topTen = unitYear(trosa, 2021, 77, { national: ranked(8, { outOf: 15 }) });
    expect(bodyText(composeRelease(derivedOf([topTen]), '0488', 2021))).toContain(
      'I landet hamnar kommunen på plats 8 av 15.',
    );
    const without = unitYear(trosa, 2021, 77, { national: ranked(38) });
    expect(bodyText(composeRelease(derivedOf([without]), '0488', 2021))).not.toMatch(
      /plats \d+ av/,
    );
  });

  it('words a computed placement as computed', () => {
    const uy = unitYear(trosa, 2021, 77, { national: ranked(12, { basis: 'computed' }) });
    const r = composeRelease(derivedOf([uy]), '0488', 2021);
    expect(bodyText(r)).toContain('I landet hamnar kommunen på plats 12 (beräknad placering).');
    expect(allText(r)).toContain('Placeringar markerade som beräknade har räknats fram här');
  });

  it.each([
    [
      'too-few-answers',
      'Kommunen deltar i mätningen men rankas inte 2021, eftersom antalet svar är för litet.',
    ],
    [
      'low-response-rate',
      'Kommunen deltar i mätningen men rankas inte 2021, eftersom svarsfrekvensen är för låg.',
    ],
    [
      'missing-mandatory-area',
      'Kommunen deltar i mätningen men rankas inte 2021, eftersom resultat saknas i minst ett av de obligatoriska områdena.',
    ],
    [
      'not-ranked-by-skr',
      'Kommunen finns med i underlaget men har ingen placering från SKR 2021. Underlaget anger inte varför.',
    ],
  ] as const)('not ranked (%s): says so and why', (reason, sentence) => {
    const uy = unitYear(trosa, 2021, 66, { national: { kind: 'not-ranked', reason } });
    const r = composeRelease(derivedOf([uy]), '0488', 2021);
    expect(r.headline).toBe('Trosa kommun får NKI 66 – ett godkänt resultat');
    expect(bodyText(r)).toContain(sentence);
    expectHouseRules(r);
  });

  it('first year: says the unit is new in the data and compares with nothing', () => {
    const other = unitYear(kalix, 2020, 70);
    const uy = unitYear(trosa, 2021, 72, { firstYear: true, national: ranked(70) });
    const r = composeRelease(derivedOf([other, uy]), '0488', 2021);
    expect(bodyText(r)).toContain(
      '2021 är första året som kommunen finns med i underlaget, så jämförelser bakåt saknas.',
    );
    expect(bodyText(r)).not.toMatch(/ökar|minskar|oförändrat/);
  });

  it('no previous year: the data starts this year', () => {
    const uy = unitYear(trosa, 2021, 72, { firstYear: true, national: ranked(70) });
    const r = composeRelease(derivedOf([uy]), '0488', 2021);
    expect(bodyText(r)).toContain(
      'Underlaget börjar 2021, så det finns inga tidigare år att jämföra med.',
    );
    expect(bodyText(r)).not.toContain('första året som');
  });

  it('gap year: names the missing year and compares with the last result', () => {
    const years = [
      unitYear(trosa, 2019, 70),
      unitYear(kalix, 2020, 70),
      unitYear(trosa, 2021, 75, {
        previousYear: 2019,
        afterGap: true,
        nkiChange: change(2019, 2021, 70, 75),
      }),
    ];
    const text = bodyText(composeRelease(derivedOf(years), '0488', 2021));
    expect(text).toContain(
      'Kommunen finns inte med i underlaget för 2020. Jämförelserna görs därför med 2019.',
    );
    expect(text).toContain('Jämfört med 2019 ökar index från 70 till 75.');
  });

  it('big fall: states the decrease plainly, with a neutral headline', () => {
    const uy = unitYear(trosa, 2021, 61, {
      national: ranked(150),
      placeChange: placeChange(2020, 2021, 20, 150),
      nkiChange: change(2020, 2021, 79, 61),
      previousYear: 2020,
    });
    const r = composeRelease(derivedOf([unitYear(trosa, 2020, 79), uy]), '0488', 2021);
    expect(r.headline).toBe('Trosa kommun får NKI 61 – ett lågt resultat');
    expect(bodyText(r)).toContain('Jämfört med förra året minskar index från 79 till 61.');
    expect(bodyText(r)).toContain('I landet går kommunen från plats 20 till plats 150.');
    expectHouseRules(r);
  });

  it('unchanged: a change under two points is "i stort sett oförändrat", never an increase', () => {
    const uy = unitYear(trosa, 2021, 77.6, {
      nkiChange: change(2020, 2021, 76.9, 77.6),
      previousYear: 2020,
    });
    const text = bodyText(
      composeRelease(derivedOf([unitYear(trosa, 2020, 76.9), uy]), '0488', 2021),
    );
    expect(text).toContain(
      'Jämfört med förra året, då index var 77, är resultatet i stort sett oförändrat.',
    );
    expect(text).not.toMatch(/ökar|minskar/);
  });

  it('förbund: areas and grades, with no ranking claims', () => {
    const f = forbund('F01', 'Miljöförbundet Blekinge Väst');
    const uy = unitYear(f, 2021, 74, {
      areas: [area('miljo-och-halsoskydd', 73), area('livsmedelskontroll', 76)],
    });
    const r = composeRelease(derivedOf([uy]), 'F01', 2021);
    expect(r.headline).toBe('Miljöförbundet Blekinge Väst får NKI 74 – ett högt resultat');
    expect(bodyText(r)).toContain(
      'Alla två områden med resultat får ett högt resultat: miljö- och hälsoskydd och livsmedelskontroll.',
    );
    expect(bodyText(r)).toContain('Som förbund ingår förbundet inte i kommunernas rankning.');
    expect(bodyText(r)).not.toMatch(/plats|bäst/);
    expectHouseRules(r);
  });
});

describe('series break (Huddinge 2024)', () => {
  const y2022 = unitYear(huddinge, 2022, 74);
  const y2023 = unitYear(huddinge, 2023, 77, { national: ranked(60) });
  const y2024 = unitYear(huddinge, 2024, 78.2, {
    national: ranked(56),
    placeChange: placeChange(2023, 2024, 60, 56),
    county: ranked(8),
    countyPlaceChange: placeChange(2023, 2024, 8, 8),
    nkiChange: change(2023, 2024, 77, 78.2),
    previousYear: 2023,
    nui: m(67),
    nuiGrade: 'godkant',
    nuiChange: change(2023, 2024, 64, 67, false),
    nuiRank: ranked(33),
    nuiPlaceChange: placeChange(2023, 2024, 62, 33),
    areas: [
      area('bygglov', 72, {
        longChange: change(2022, 2024, 52, 72, false),
        change: change(2023, 2024, 71, 72, false),
      }),
      area('miljo-och-halsoskydd', 76),
      area('livsmedelskontroll', 77),
      area('serveringstillstand', 79),
      area('brandskydd', 80),
    ],
  });
  const r = composeRelease(derivedOf([y2022, y2023, y2024]), '0126', 2024);
  const text = bodyText(r);

  it('compares across the break only with a caveat, never as an increase', () => {
    expect(text).toContain(
      'NKI totalt bygger 2024 på fyra områden, mot sex året innan. Jämförelser med 2023, då index var 77, ska därför läsas med försiktighet.',
    );
    expect(text).not.toMatch(/ökar index/);
    expect(allText(r)).toContain('Vid ett seriebrott bygger NKI totalt inte på samma områden');
  });

  it('states the seed’s facts: 78, bygglov 52 → 72, NUI 67 up 3, places 60 → 56, 62 → 33, eighth in the county', () => {
    expect(r.headline).toBe('Huddinge kommun får NKI 78 – ett högt resultat');
    expect(text).toContain('Bygglov har gått från index 52 till 72 på bara två år.');
    expect(text).toContain(
      'Upphandlingen får ett godkänt resultat: 67 i Nöjd Upphandlingsindex (NUI), upp 3 från förra året.',
    );
    expect(text).toContain('I landet klättrar kommunen från plats 60 till plats 56.');
    expect(text).toContain('I NUI-rankningen klättrar kommunen från plats 62 till plats 33.');
    expect(text).toContain(
      'I Stockholms län hamnar kommunen på åttonde plats, samma placering som förra året.',
    );
    expect(text).toContain(
      'Alla fyra områden som ingår i NKI totalt får ett högt resultat: bygglov, miljö- och hälsoskydd, livsmedelskontroll och serveringstillstånd.',
    );
    expect(text).toContain('Utanför NKI totalt redovisas också brandskydd (80).');
    expectHouseRules(r);
  });
});

describe('missing areas', () => {
  it('does not call five graded areas all that NKI totalt is made of, and says which one is missing', () => {
    const uy = unitYear(trosa, 2021, 75, {
      areas: [
        area('brandskydd', undefined),
        area('bygglov', 74),
        area('markupplatelse', 72),
        area('miljo-och-halsoskydd', 75),
        area('livsmedelskontroll', 76),
        area('serveringstillstand', 77),
      ],
    });
    const text = bodyText(composeRelease(derivedOf([uy]), '0488', 2021));
    expect(text).toContain(
      'Alla fem områden med resultat får ett högt resultat: bygglov, markupplåtelse, miljö- och hälsoskydd, livsmedelskontroll och serveringstillstånd.',
    );
    expect(text).toContain('Resultat saknas för brandskydd (för få svar).');
  });
});

describe('a partial file with official placements only', () => {
  // 11 municipalities with SKR's places up to 169: the file is not the whole survey.
  const places = [1, 5, 17, 30, 44, 61, 88, 102, 130, 151, 169];
  const units = places.map((place, i) =>
    unitYear(kommun(`99${String(i).padStart(2, '0')}`, `Ort${i}`), 2021, 85 - i * 2, {
      national: ranked(place),
    }),
  );
  const d = derivedOf(units, [
    { year: 2021, complete: false, nkiAverage: { value: 75, basis: 'computed' } },
  ]);

  it('gives the first-placed unit the country’s most satisfied customers', () => {
    expect(composeRelease(d, '9900', 2021).headline).toBe(
      'Ort0 kommun har landets mest nöjda kunder',
    );
  });

  it('claims no number of participants and no computed average anywhere', () => {
    for (const u of units) {
      const text = allText(composeRelease(d, u.unit.code, 2021));
      expect(text).not.toMatch(/deltar \d|kommuner och|genomsnitt/i);
      expect(text).not.toMatch(/ av 11\b/);
    }
  });
});
