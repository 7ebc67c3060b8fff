import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

/**
 * The boundary of issue 20: facts and rules are applied once, in src/lib and src/claims, and the
 * words and pages downstream only word and arrange what the claims carry, so the next rule cannot
 * be re-derived where the verifier does not look. Types from these modules are fine (a view may
 * name a Rank); values are not. docs/decisions/claims-per-page.md.
 */
const FACT_AND_RULE_MODULES = [
  'derive',
  'rank',
  'compare',
  'eligibility',
  'comparability',
  'highlights',
  'rules',
  'series',
  'standings',
  'placements',
  'peers',
  'summary',
  'grade',
  'streaks',
  'means',
].map((m) => `**/lib/${m}`);

const boundary = (allow = []) => ({
  '@typescript-eslint/no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          group: FACT_AND_RULE_MODULES.filter((g) => !allow.some((a) => g.endsWith(`/${a}`))),
          allowTypeImports: true,
          message:
            'Facts and rules reach text, views, charts and pages only through claims (src/claims) or view inputs; rules in prose through src/text/rule-words.ts.',
        },
      ],
    },
  ],
});

export default defineConfig(
  { ignores: ['dist/', 'node_modules/', '.astro/', 'bench/tmp/', '.cache/'] },
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    rules: {
      // Unused names are usually a leftover from a refactor; allow the `_` convention for intent.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: [
      'src/text/**/*.ts',
      'src/site/**/*.ts',
      'src/charts/**/*.ts',
      'src/components/**/*.{ts,astro}',
      'src/pages/**/*.{ts,astro}',
    ],
    ignores: ['**/*.test.ts'],
    rules: boundary(),
  },
  // The exceptions, each with its reason.
  {
    // The one place prose states the rules: generated from the constants it imports.
    files: ['src/text/rule-words.ts'],
    rules: boundary(['rules']),
  },
  {
    // The one formatter: a shown number is the published integer (rules.published), and the
    // grade word of a shown number is read off the same integer (rules.gradeFor).
    files: ['src/text/format.ts'],
    rules: boundary(['rules']),
  },
  {
    // Draws SKR's grade scale itself: the bands and their colours are the scale, as rule-words.ts
    // states it in prose.
    files: ['src/charts/grades.ts'],
    rules: boundary(['rules']),
  },
  {
    // The words for a baseline and for the national list ("förra året" or the year named; "i
    // landet" or "bland kommunerna i mätningen 2015") follow the comparability rule's and the
    // series' own predicates, so a baseline is named exactly when the rule says it must be.
    // They word the years of claims of many kinds on every page; a flag on each claim would copy
    // the predicate into every claim module.
    files: ['src/text/words.ts'],
    rules: boundary(['comparability', 'series']),
  },
  {
    // The composition root: loads the dataset once and derives the model every page reads.
    files: ['src/site/data.ts'],
    rules: boundary(['derive']),
  },
);
