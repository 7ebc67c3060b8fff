/**
 * Header cell → the field it holds. Headers come in many hands ("NKI totalt", "Placering
 * bygglov", "Brandtillsyn placering", "antal_svar_nui"), so a header is normalized (case,
 * diacritics, "_" "-" "/" and stray spaces, "(%)" and footnote marks) and read as an optional role
 * word (placering, antal svar, svarsfrekvens) before or after a subject (NKI, NUI, an area, a
 * service factor, the county). The canonical names of canonical.ts are one of the accepted forms.
 */
import { AREA_IDS, FACTOR_IDS, type AreaId, type FactorId } from './areas';
import { areaColumnStem } from './canonical';
import type { Problem } from './model';

export type Field =
  | { kind: 'name' | 'code' | 'year' | 'ignored' }
  | { kind: 'nki' | 'place' | 'countyPlace' | 'answers' | 'responseRate' }
  | { kind: 'nui' | 'nuiPlace' | 'nuiAnswers' }
  | { kind: 'area' | 'areaPlace' | 'areaAnswers' | 'areaResponseRate'; area: AreaId }
  | { kind: 'factor'; factor: FactorId };

type Subject = 'nki' | 'nui' | 'county' | { area: AreaId } | { factor: FactorId };

/** Lowercase, no diacritics, separators as single spaces: "Miljö- och hälsoskydd" → "miljo och halsoskydd". */
function normalizeHeader(header: string): string {
  return header
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[_\-–—/:%*.,]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const SIMPLE: Record<string, Field> = {
  ...words(['kommun', 'kommunnamn', 'namn', 'enhet', 'kommun forbund', 'kommun eller forbund'], {
    kind: 'name',
  }),
  ...words(['organisation', 'myndighet', 'kommun forbundsnamn'], { kind: 'name' }),
  ...words(['kommunkod', 'kod', 'kommunnummer', 'kommunnr', 'kommun nr', 'knr', 'scb kod'], {
    kind: 'code',
  }),
  ...words(['ar', 'artal', 'undersokningsar', 'matar', 'dataar'], { kind: 'year' }),
  ...words(
    ['placering riket', 'placering sverige', 'nationell placering', 'placering nationellt'],
    {
      kind: 'place',
    },
  ),
  ...words(['lansplacering', 'placering lan', 'placering i lanet', 'placering inom lanet'], {
    kind: 'countyPlace',
  }),
  // Known columns that carry nothing the site uses; accepted without a warning.
  ...words(['lan', 'lansnamn', 'lanskod', 'typ', 'invanare', 'befolkning', 'kommungrupp'], {
    kind: 'ignored',
  }),
};

const SUBJECTS: [string[], Subject][] = [
  [['nki', 'nki totalt', 'totalt', 'nki total', 'nojd kund index', 'samtliga omraden'], 'nki'],
  [['nki samtliga omraden', 'nki alla omraden', 'totalt nki', 'nki samtliga'], 'nki'],
  [['nui', 'upphandling', 'nui upphandling', 'nojd upphandlingsindex', 'upphandling nui'], 'nui'],
  [['lan', 'lanet', 'lansvis'], 'county'],
  [
    ['brandskydd', 'brandtillsyn', 'brandskyddstillsyn', 'tillsyn brandskydd'],
    { area: 'brandskydd' },
  ],
  [['bygglov'], { area: 'bygglov' }],
  [['markupplatelse', 'markupplatelser'], { area: 'markupplatelse' }],
  [
    ['miljo och halsoskydd', 'miljo och halsa', 'miljo halsoskydd', 'miljo'],
    { area: 'miljo-och-halsoskydd' },
  ],
  [['livsmedel', 'livsmedelskontroll', 'livsmedelstillsyn'], { area: 'livsmedelskontroll' }],
  [['serveringstillstand', 'servering', 'alkoholtillstand'], { area: 'serveringstillstand' }],
  [['receptfria lakemedel', 'lakemedel'], { area: 'receptfria-lakemedel' }],
  [['lantmateri', 'lantmateriarenden'], { area: 'lantmateri' }],
  [['folkol och tobak', 'tobak och folkol', 'folkol tobak'], { area: 'folkol-och-tobak' }],
  [['information'], { factor: 'information' }],
  [['tillganglighet'], { factor: 'tillganglighet' }],
  [['bemotande'], { factor: 'bemotande' }],
  [['kompetens'], { factor: 'kompetens' }],
  [['rattssakerhet'], { factor: 'rattssakerhet' }],
  [['effektivitet'], { factor: 'effektivitet' }],
];

const SUBJECT_BY_WORDS = new Map<string, Subject>();
for (const [forms, subject] of SUBJECTS) for (const f of forms) SUBJECT_BY_WORDS.set(f, subject);
// The canonical stems ("miljo_och_halsoskydd") and the area and factor ids themselves.
for (const area of AREA_IDS) SUBJECT_BY_WORDS.set(normalizeHeader(areaColumnStem(area)), { area });
for (const factor of FACTOR_IDS) SUBJECT_BY_WORDS.set(factor, { factor });

type Role = 'place' | 'answers' | 'rate';
const ROLES: [string, Role][] = [
  ['placering', 'place'],
  ['rank', 'place'],
  ['ranking', 'place'],
  ['plats', 'place'],
  ['antal svar', 'answers'],
  ['antal', 'answers'],
  ['antal respondenter', 'answers'],
  ['svar', 'answers'],
  ['svarsfrekvens', 'rate'],
  ['svarsandel', 'rate'],
];

/** The field a header names, or undefined for a header this project does not know. */
export function matchHeader(header: string): Field | undefined {
  const n = normalizeHeader(header);
  if (SIMPLE[n]) return SIMPLE[n];
  const bare = subjectOf(n);
  if (bare) return fieldFor(bare, undefined);
  for (const [word, role] of ROLES) {
    if (n === word) return fieldFor('nki', role);
    const rest = n.startsWith(word + ' ')
      ? n.slice(word.length + 1)
      : n.endsWith(' ' + word)
        ? n.slice(0, -word.length - 1)
        : undefined;
    const subject = rest === undefined ? undefined : subjectOf(rest.replace(/^(i|inom|for) /, ''));
    if (subject) return fieldFor(subject, role);
  }
  return undefined;
}

/**
 * Maps a header row. Unknown headers are warnings (their column is not read); two columns for the
 * same field, or a header without a unit column or without any result column, are errors.
 * `fields[i]` is undefined for a column that is not read.
 */
export function mapColumns(
  header: string[],
  file: string,
  line: number,
): { fields: (Field | undefined)[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  const fields = header.map((cell, i) => {
    if (cell.trim() === '') return undefined;
    const field = matchHeader(cell);
    const where = { file, line, column: i + 1, raw: cell };
    if (!field) {
      problems.push({
        ...where,
        severity: 'warning',
        message: `Okänd kolumn "${cell.trim()}" läses inte.`,
      });
      return undefined;
    }
    if (field.kind === 'ignored') return undefined;
    const key = fieldKey(field);
    const first = seen.get(key);
    if (first !== undefined) {
      const message = `Kolumnen "${cell.trim()}" betyder samma sak som kolumn ${first + 1} ("${header[first]?.trim()}").`;
      problems.push({ ...where, severity: 'error', message });
      return undefined;
    }
    seen.set(key, i);
    return field;
  });
  const present = new Set(fields.map((f) => f?.kind));
  if (!present.has('name') && !present.has('code')) {
    const message =
      'Rubrikraden saknar en kolumn för kommun eller förbund (t.ex. "Kommun" eller "Kommunkod").';
    problems.push({ file, line, column: 0, severity: 'error', message });
  }
  if (!fields.some((f) => f && RESULT_KINDS.has(f.kind))) {
    const message = 'Rubrikraden saknar resultatkolumner (t.ex. "NKI", "Bygglov" eller "NUI").';
    problems.push({ file, line, column: 0, severity: 'error', message });
  }
  return { fields, problems };
}

const RESULT_KINDS = new Set<Field['kind']>(['nki', 'nui', 'area', 'factor']);

function fieldKey(field: Field): string {
  if ('area' in field) return `${field.kind}:${field.area}`;
  if ('factor' in field) return `${field.kind}:${field.factor}`;
  return field.kind;
}

function subjectOf(words: string): Subject | undefined {
  // "NKI bygglov" and "bygglov index" name the area's value.
  const stripped = words.replace(/^(nki|index) /, '').replace(/ (nki|index)$/, '');
  return SUBJECT_BY_WORDS.get(words) ?? SUBJECT_BY_WORDS.get(stripped);
}

function fieldFor(subject: Subject, role: Role | undefined): Field | undefined {
  if (subject === 'county') return role === 'place' ? { kind: 'countyPlace' } : undefined;
  if (subject === 'nki') {
    const kinds = { place: 'place', answers: 'answers', rate: 'responseRate' } as const;
    return { kind: role ? kinds[role] : 'nki' };
  }
  if (subject === 'nui') {
    if (role === 'rate') return undefined;
    return { kind: role === 'place' ? 'nuiPlace' : role === 'answers' ? 'nuiAnswers' : 'nui' };
  }
  if ('factor' in subject) return role ? undefined : { kind: 'factor', factor: subject.factor };
  const kinds = { place: 'areaPlace', answers: 'areaAnswers', rate: 'areaResponseRate' } as const;
  return { kind: role ? kinds[role] : 'area', area: subject.area };
}

function words(forms: string[], field: Field): Record<string, Field> {
  return Object.fromEntries(forms.map((f) => [f, field]));
}
