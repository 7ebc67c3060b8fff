import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Reference } from './model';
import { countyOf, parseReference, unitByCode, type ReferenceTexts } from './reference';
import { slugify } from './slug';

const dir = new URL('../../data/reference/', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, dir), 'utf8');
const real: ReferenceTexts = {
  kommuner: read('kommuner.csv'),
  lan: read('lan.csv'),
  forbund: read('forbund.csv'),
};

/** A minimal valid set of files; each error test breaks one thing in it. */
function tiny(overrides: Partial<ReferenceTexts> = {}): ReferenceTexts {
  return {
    lan: 'code,name,slug\n25,Norrbottens län,norrbottens-lan\n',
    kommuner:
      'code,name,display_name,slug,county_code,population,population_date\n' +
      '2514,Kalix,Kalix kommun,kalix,25,15768,2021-12-31\n' +
      '2582,Boden,Bodens kommun,boden,25,28160,2021-12-31\n',
    forbund: 'code,name,slug,member_codes\nF01,Testförbundet,testforbundet,2514 2582\n',
    ...overrides,
  };
}

describe('slugify', () => {
  it('turns names into the fixed URL form', () => {
    const names = ['Kalix', 'Upplands Väsby', 'Malung-Sälen', 'Östra Göinge', 'Norrbottens län'];
    const slugs = 'kalix upplands-vasby malung-salen ostra-goinge norrbottens-lan';
    expect(names.map(slugify).join(' ')).toBe(slugs);
  });
});

describe('parseReference on the real files', () => {
  const ref: Reference = parseReference(real);
  const byName = (name: string) => ref.municipalities.find((m) => m.name === name);

  it('has 290 municipalities in 21 counties', () => {
    expect(ref.municipalities).toHaveLength(290);
    expect(ref.counties).toHaveLength(21);
    const countyCodes = new Set(ref.counties.map((c) => c.code));
    expect(ref.municipalities.filter((m) => !countyCodes.has(m.countyCode))).toEqual([]);
  });

  it('gives every förbund members that exist and a unique slug to every unit', () => {
    const codes = new Set(ref.municipalities.map((m) => m.code));
    const members = ref.jointAuthorities.flatMap((f) => f.memberCodes);
    expect(members.filter((c) => !codes.has(c))).toEqual([]);
    const slugs = [...ref.municipalities, ...ref.jointAuthorities].map((u) => u.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it('uses each municipality’s own name form in running text', () => {
    const expected = 'Kalix kommun|Stockholms stad|Region Gotland|Kalmar kommun|Överkalix kommun';
    const names = ['Kalix', 'Stockholm', 'Gotland', 'Kalmar', 'Överkalix'];
    expect(names.map((n) => byName(n)?.displayName).join('|')).toBe(expected);
    expect(byName('Boden')?.displayName).toBe('Bodens kommun');
    expect(byName('Falun')?.displayName).toBe('Falu kommun');
  });

  it('keeps SCB’s short names as keys and slugs them by the rule', () => {
    expect(byName('Upplands-Bro')?.code).toBe('0139');
    expect(byName('Malung-Sälen')?.slug).toBe('malung-salen');
    expect(byName('Östra Göinge')?.slug).toBe('ostra-goinge');
    expect(ref.counties.find((c) => c.code === '25')?.slug).toBe('norrbottens-lan');
  });

  it('tells Håbo and Habo apart by adding the county to both slugs', () => {
    expect(byName('Håbo')?.slug).toBe('habo-uppsala-lan');
    expect(byName('Habo')?.slug).toBe('habo-jonkopings-lan');
  });

  it('dates every population 31 December 2021 and they add up to SCB’s national total', () => {
    expect(new Set(ref.municipalities.map((m) => m.populationDate))).toEqual(
      new Set(['2021-12-31']),
    );
    const total = ref.municipalities.reduce((sum, m) => sum + m.population, 0);
    expect(total).toBe(10_452_326);
    expect(byName('Stockholm')?.population).toBe(978_770);
    expect(byName('Bjurholm')?.population).toBe(2_395);
  });

  it('puts about 60 municipalities in the group above 40 000 inhabitants', () => {
    const larger = ref.municipalities.filter((m) => m.population > 40_000);
    expect(larger.length).toBeGreaterThanOrEqual(55);
    expect(larger.length).toBeLessThanOrEqual(70);
    expect(larger.map((m) => m.name)).toContain('Piteå');
    expect(larger.map((m) => m.name)).not.toContain('Kalix');
  });

  it('finds units by code and the county a unit belongs to', () => {
    const kalix = unitByCode(ref, '2514');
    expect(kalix?.name).toBe('Kalix');
    expect(unitByCode(ref, 'F01')?.kind).toBe('forbund');
    expect(unitByCode(ref, '9999')).toBeUndefined();
    expect(kalix && countyOf(ref, kalix)?.name).toBe('Norrbottens län');
  });

  it('gives a förbund a county only when all its members share one', () => {
    const inOne = ref.jointAuthorities.find((f) => f.name === 'Sydnärkes miljöförvaltning');
    expect(inOne && countyOf(ref, inOne)?.code).toBe('18');
    const twoCounties = parseReference(
      tiny({
        lan: tiny().lan + '24,Västerbottens län,vasterbottens-lan\n',
        kommuner:
          tiny().kommuner + '2482,Skellefteå,Skellefteå kommun,skelleftea,24,73393,2021-12-31\n',
        forbund: 'code,name,slug,member_codes\nF01,Gränsförbundet,gransforbundet,2514 2482\n',
      }),
    );
    const across = twoCounties.jointAuthorities[0];
    expect(across && countyOf(twoCounties, across)).toBeUndefined();
  });
});

describe('parseReference on faulty files', () => {
  const fails = (texts: Partial<ReferenceTexts>, message: string) =>
    expect(() => parseReference(tiny(texts))).toThrow(message);

  it('reads a minimal set, ignoring a byte-order mark and blank lines', () => {
    const ref = parseReference(
      tiny({ lan: '\uFEFFcode,name,slug\n\n25,Norrbottens län,norrbottens-lan\n\n' }),
    );
    expect(ref.counties).toEqual([
      { code: '25', name: 'Norrbottens län', slug: 'norrbottens-lan' },
    ]);
    expect(ref.municipalities.map((m) => m.population)).toEqual([15768, 28160]);
    expect(ref.jointAuthorities[0]?.memberCodes).toEqual(['2514', '2582']);
  });

  it('names file, line and column of a malformed cell', () => {
    const kommuner = tiny().kommuner.replace('2582,Boden', '582,Boden');
    fails({ kommuner }, 'kommuner.csv:3:1: ogiltigt värde "582" i kolumnen "code"');
    const population = tiny().kommuner.replace('15768', '15 768');
    fails(
      { kommuner: population },
      'kommuner.csv:2:6: ogiltigt värde "15 768" i kolumnen "population"',
    );
    const date = tiny().kommuner.replace('28160,2021-12-31', '28160,2021-06-30');
    fails({ kommuner: date }, 'kommuner.csv:3:7:');
  });

  it('rejects a missing column and a row with the wrong number of fields', () => {
    const noPopulation =
      'code,name,display_name,slug,county_code\n2514,Kalix,Kalix kommun,kalix,25\n';
    fails({ kommuner: noPopulation }, 'kommuner.csv:1:0: kolumnen "population" saknas');
    const short = tiny().lan + '01,Stockholms län\n';
    fails({ lan: short }, 'lan.csv:3:0: raden har 2 fält, rubrikraden 3');
  });

  it('rejects a county, a member or a slug that does not fit the rest', () => {
    const county = tiny().kommuner.replace('boden,25', 'boden,24');
    fails({ kommuner: county }, 'kommuner.csv:3:0: länet "24" finns inte i lan.csv');
    const member = tiny().forbund.replace('2514 2582', '2514 2513');
    fails({ forbund: member }, 'forbund.csv:2:0: medlemmen "2513" finns inte i kommunlistan');
    const slug = tiny().kommuner.replace(',kalix,', ',kalix-kommun,');
    fails(
      { kommuner: slug },
      'kommuner.csv:2:0: slug "kalix-kommun" följer inte regeln (väntade "kalix")',
    );
  });

  it('rejects a code used twice, also across municipalities and förbund', () => {
    const twice = tiny().kommuner + '2514,Kalix,Kalix kommun,kalix,25,15768,2021-12-31\n';
    fails({ kommuner: twice }, 'kommuner.csv:4:0: "2514" förekommer mer än en gång');
    const clash = tiny().forbund + 'F02,Kalix,kalix,2514\n';
    fails({ forbund: clash }, 'forbund.csv:3:0: "kalix" förekommer mer än en gång');
  });
});
