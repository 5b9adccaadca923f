import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
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

const zone = (target, from, message, except) => ({ target, from, message, ...(except ? { except } : {}) });
const entryPoints = ['electron/main', 'electron/web', 'electron/cli', 'electron/preload'];

/**
 * The sub-layers of electron/ and the entry points of db/, one way down:
 * main, web, cli -> app (the composition root) -> ipc -> services -> db -> shared.
 * Paths are resolved, so a relative import is caught wherever it starts.
 */
const zones = [
  zone('electron/services', ['electron/app', 'electron/ipc', ...entryPoints], 'electron/services/ får bara importera services, db/ och shared/ – aldrig app/, ipc/ eller en startpunkt.'),
  zone('electron/services/documents', 'electron/services', 'documents/ skriver dokument och vet inget om paket, mappar, synk eller andra tjänster.', ['./documents']),
  zone('electron/ipc', ['electron/app', ...entryPoints], 'electron/ipc/ får inte importera app/ eller en startpunkt.'),
  zone('electron/app', entryPoints, 'electron/app/ bygger tjänsterna och importerar ingen startpunkt.'),
  zone(['electron/main', 'electron/web', 'electron/preload'], 'electron/cli', 'Startpunkterna importerar inte varandra.'),
  zone(['electron/main', 'electron/cli', 'electron/preload'], 'electron/web', 'Startpunkterna importerar inte varandra.'),
  zone(['electron/web', 'electron/cli', 'electron/preload'], 'electron/main', 'Startpunkterna importerar inte varandra.'),
  zone('db', ['electron', 'renderer'], 'db/ får bara importera från shared/.'),
  zone('shared', ['db', 'electron', 'renderer'], 'shared/ importerar inget annat av appen.'),
  zone('shared/domain', 'shared/ipc', 'Kontraktet bygger på domänen, inte tvärtom: shared/domain/ importerar inte shared/ipc/.'),
  zone('db/bundle', 'db/repositories', 'db/bundle/ når inte in i db/repositories/; det får sin planuppslagning av den som bygger det.'),
  zone(['db/repositories', 'electron'], 'db/bundle', 'db/bundle/ nås bara genom sin index.ts.', ['./index.ts']),
  zone(['db/bundle', 'electron'], 'db/repositories', 'db/repositories/ nås bara genom sin index.ts.', ['./index.ts']),
];

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
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones }],
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
