import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

/** The messages of one rule for a snippet linted as if it were the file at `filePath`. */
async function ruleErrors(filePath: string, code: string, ruleId: string, linter = eslint): Promise<string[]> {
  const [result] = await linter.lintText(code, { filePath });
  return (result?.messages ?? []).filter((message) => message.ruleId === ruleId).map((message) => message.message);
}

const pathErrors = (filePath: string, code: string) => ruleErrors(filePath, code, 'import-x/no-restricted-paths');

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'no-restricted-imports' || message.ruleId === 'no-restricted-globals')
    .map((message) => message.message);
}

describe('layering lint rule (npm run lint)', () => {
  it('fails when renderer/ imports from db/ or electron/ or the database driver', async () => {
    const errors = await layerErrors(
      'renderer/src/screens/Bad.tsx',
      [
        "import { units } from '../../../db/schema';",
        "import { createDispatcher } from '../../../electron/ipc/dispatcher';",
        "import { ipcRenderer } from 'electron';",
        "import Database from 'better-sqlite3';",
        "import fs from 'node:fs';",
        'export const all = [units, createDispatcher, ipcRenderer, Database, fs];',
      ].join('\n'),
    );
    expect(errors).toHaveLength(5);
    expect(errors[0]).toMatch(/renderer\/ får bara importera från shared\//);
  });

  it('lets renderer/ import from shared/', async () => {
    expect(await layerErrors('renderer/src/ok.ts', "import { contract } from '../../shared/ipc/contract';\nexport { contract };")).toEqual([]);
  });

  it('keeps shared/ free of Node, the DOM and the rest of the app', async () => {
    const errors = await layerErrors(
      'shared/domain/bad.ts',
      "import path from 'node:path';\nimport { plans } from '../../db/schema';\nexport const x = [path, plans, document.title];",
    );
    expect(errors).toHaveLength(3);
  });

  it('keeps db/ away from electron', async () => {
    const errors = await layerErrors('db/bad.ts', "import { app } from 'electron';\nexport const x = app;");
    expect(errors).toHaveLength(1);
  });
});

describe('sub-layers of electron/ and the entry points of db/ (npm run lint)', () => {
  it('fails when a service imports the composition root or the command line', async () => {
    const errors = await pathErrors(
      'electron/services/bundle/bad.ts',
      [
        "import { startAppServices } from '../../app/app-services';",
        "import { openCliServices } from '../../cli/open-services';",
        "import { createDispatcher } from '../../ipc/dispatcher';",
        'export const all = [startAppServices, openCliServices, createDispatcher];',
      ].join('\n'),
    );
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(/electron\/services\/ får bara importera services/);
  });

  it('lets a service import another service, db/ and shared/', async () => {
    const code = [
      "import { checkFolder } from '../shared-folder/check-folder';",
      "import { createRepositories } from '../../../db/repositories';",
      "import { AppError } from '../../../shared/errors';",
      'export const all = [checkFolder, createRepositories, AppError];',
    ].join('\n');
    expect(await pathErrors('electron/services/bundle/ok.ts', code)).toEqual([]);
  });

  it('keeps documents/ away from bundles, folders and sync', async () => {
    const errors = await pathErrors(
      'electron/services/documents/bad.ts',
      [
        "import { packBundle } from '../bundle/build-bundle';",
        "import { checkFolder } from '../shared-folder/check-folder';",
        "import { csvLine } from './csv';",
        'export const all = [packBundle, checkFolder, csvLine];',
      ].join('\n'),
    );
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/documents\/ skriver dokument/);
  });

  it('keeps ipc/ below the composition root and the composition root below the entry points', async () => {
    expect(await pathErrors('electron/ipc/bad.ts', "import { startAppServices } from '../app/app-services';\nexport const x = startAppServices;")).toHaveLength(1);
    expect(await pathErrors('electron/app/bad.ts', "import { runCli } from '../cli/run-cli';\nexport const x = runCli;")).toHaveLength(1);
  });

  it('fails when shared/ imports db/ or electron/, and when the domain imports the contract', async () => {
    const errors = await pathErrors(
      'shared/domain/bad.ts',
      [
        "import { plans } from '../../db/schema';",
        "import { waitForRestore } from '../../electron/ipc/restore-gate';",
        "import { plansContract } from '../ipc/plans';",
        'export const all = [plans, waitForRestore, plansContract];',
      ].join('\n'),
    );
    expect(errors).toHaveLength(3);
    expect(errors[2]).toMatch(/Kontraktet bygger på domänen/);
  });

  it('reaches db/repositories/ and db/bundle/ only through their index', async () => {
    const errors = await pathErrors(
      'electron/services/bundle/bad.ts',
      [
        "import { planRow } from '../../../db/repositories/plan/guard';",
        "import { BundleData } from '../../../db/bundle/rows';",
        "import { createRepositories } from '../../../db/repositories';",
        "import { bundleDataProblems } from '../../../db/bundle';",
        'export const all = [planRow, BundleData, createRepositories, bundleDataProblems];',
      ].join('\n'),
    );
    expect(errors).toHaveLength(2);
    expect(await pathErrors('db/bundle/bad.ts', "import { createRepositories } from '../repositories';\nexport const x = createRepositories;")).toHaveLength(1);
  });

  it('fails on an import circle', async () => {
    // The two fixture files import each other; fixtures are outside the lint, so this linter does not skip them.
    const withFixtures = new ESLint({ cwd: process.cwd(), ignore: false });
    const file = 'tests/fixtures/lint/circle-a.ts';
    const errors = await ruleErrors(file, readFileSync(file, 'utf8'), 'import-x/no-cycle', withFixtures);
    expect(errors).toEqual([expect.stringMatching(/cycle/i)]);
  });
});

/** Every .ts/.tsx file of the app's folders, with the files of this tree it imports, `import type` included. */
function importGraph(folders: readonly string[]): Map<string, string[]> {
  const files = folders.flatMap((folder) =>
    (readdirSync(folder, { recursive: true }) as string[]).filter((name) => /\.tsx?$/.test(name)).map((name) => path.join(folder, name)),
  );
  const resolve = (from: string, specifier: string) =>
    ['', '.ts', '.tsx', '/index.ts', '/index.tsx'].map((end) => path.join(path.dirname(from), specifier) + end).find((file) => existsSync(file) && /\.tsx?$/.test(file));
  return new Map(
    files.map((file) => {
      const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
      const local = importedFiles.filter(({ fileName }) => fileName.startsWith('.')).map(({ fileName }) => resolve(file, fileName));
      return [file, local.filter((target): target is string => target !== undefined)];
    }),
  );
}

/** One circle per group of files that import each other round, as a path back to its start. */
function circles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const trail: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    trail.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') found.push([...trail.slice(trail.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    trail.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return found;
}

describe('import circles', () => {
  // import-x/no-cycle in the lint passes over type-only imports; a circle of types still ties two files into one.
  it('finds none in the tree, type-only imports included', () => {
    expect(circles(importGraph(['electron', 'db', 'shared', 'renderer/src', 'scripts']))).toEqual([]);
  });

  it('would find the circle of the lint fixture', () => {
    expect(circles(importGraph(['tests/fixtures/lint']))).toHaveLength(1);
  });
});
