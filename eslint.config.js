import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'crypto', 'http', 'https', 'child_process', 'url', 'util'];
const layer = (regex, message) => ({ regex, message });

/**
 * The one-way layering of the design card: shared <- db <- electron, shared <- renderer.
 * Relative imports are matched by folder name, so '../../db/schema' is caught as well as 'db/schema'.
 */
const layerRules = {
  'renderer/**': [
    layer('(^|/)(db|electron)(/|$)', 'renderer/ får bara importera från shared/ – data nås genom window.api.'),
    layer('^(better-sqlite3|drizzle-orm)(/|$)', 'renderer/ får inte använda databasen direkt.'),
  ],
  'shared/**': [
    layer('(^|/)(db|electron|renderer)(/|$)', 'shared/ importerar inget annat av appen.'),
    layer('^(better-sqlite3|drizzle-orm)(/|$)', 'shared/ är ren TypeScript utan databas.'),
  ],
  'db/**': [layer('(^|/)(electron|renderer)(/|$)', 'db/ får bara importera från shared/.')],
  'electron/**': [layer('(^|/)renderer(/|$)', 'electron/ får inte importera från renderer/.')],
};

const browserSafe = ['renderer/**', 'shared/**'];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', '.tsbuild/**', 'node_modules/**', 'tests/fixtures/**', '.data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'electron/web/bridge/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  ...Object.entries(layerRules).map(([folder, patterns]) => ({
    files: [`${folder}/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...patterns,
            ...(browserSafe.includes(folder) ? [{ group: nodeBuiltins, message: `${folder} körs utan Node – inga Node-moduler.` }] : []),
          ],
        },
      ],
    },
  })),
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'process', 'Buffer'],
    },
  },
);
