import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

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
