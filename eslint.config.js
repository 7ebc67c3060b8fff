import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

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
);
