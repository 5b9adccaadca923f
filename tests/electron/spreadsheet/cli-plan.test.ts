import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run-cli';
import { seed002 } from '../../fixtures/plans/seed-002';
import { testServices } from '../../support/services';
import { tempDbFile, tempDir } from '../../support/temp-db';
import { FIXTURES, contentOf, databaseState } from './support';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (line: string) => out.push(line), err: (line: string) => err.push(line) }, out, err };
}

async function cli(...args: string[]) {
  const run = capture();
  const code = await runCli(args, run.io);
  return { code, out: run.out.join('\n'), err: run.err.join('\n') };
}

function stateOf(db: string) {
  const services = testServices(db);
  try {
    return databaseState(services.repos);
  } finally {
    services.close();
  }
}

describe('plan import and plan export on the command line', () => {
  it('imports a seed into a new unit, exports it and imports the export into another unit unchanged', async () => {
    const db = tempDbFile();
    const imported = await cli('plan', 'import', '--db', db, '--unit', seed002.unitName, '--year', '2020', '--file', path.join(FIXTURES, 'seed-002.xlsx'), '--by', 'Kvalitetsstrategen');
    expect(imported).toMatchObject({ code: 0, err: '' });
    expect(imported.out).toContain(`Ny enhet: ${seed002.unitName}`);
    expect(imported.out).toContain('Skapade ”Kvalitetsplan 2020 – Omsorgsenheten” (Omsorgsenheten, 2020) från 50 rader.');
    expect(imported.out).toContain('Planen har nu 18 processer, 37 risker, 27 egenkontroller, 46 åtgärder.');

    const folder = tempDir();
    const exported = await cli('plan', 'export', '--db', db, '--unit', 'omsorgsenheten', '--year', '2020', '--file', folder);
    expect(exported.code).toBe(0);
    const file = path.join(folder, 'kvalitetsplan-omsorgsenheten-2020.xlsx');
    expect(exported.out).toContain(file);
    expect(fs.existsSync(file)).toBe(true);

    expect((await cli('plan', 'import', '--db', db, '--unit', 'Kopian', '--year', '2021', '--file', file)).code).toBe(0);
    const services = testServices(db);
    try {
      const [copy, original] = services.repos.plans.list();
      expect(copy?.unitName).toBe('Kopian');
      expect(contentOf(services.repos, copy?.id ?? '')).toEqual(contentOf(services.repos, original?.id ?? ''));
      expect(contentOf(services.repos, original?.id ?? '')).toEqual(seed002.content);
      expect(services.repos.planHistory(original?.id ?? '')[0]?.actor).toBe('Kvalitetsstrategen');
      expect(services.repos.planHistory(copy?.id ?? '')[0]?.actor).toBe('Kommandoraden');
    } finally {
      services.close();
    }
  });

  it('replaces the plan of an existing unit and year', async () => {
    const db = tempDbFile();
    await cli('plan', 'import', '--db', db, '--unit', 'Enheten', '--year', '2017', '--file', path.join(FIXTURES, 'seed-004.xlsx'));
    const again = await cli('plan', 'import', '--db', db, '--unit', 'Enheten', '--year', '2017', '--file', path.join(FIXTURES, 'seed-004.csv'));
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/^Ersatte innehållet i ”/);
    expect(stateOf(db).plans).toHaveLength(1);
  });

  it('prints the problems of a bad file one per line, exits with 1 and creates nothing', async () => {
    const db = tempDbFile();
    const before = stateOf(db);
    const bad = await cli('plan', 'import', '--db', db, '--unit', 'Ny enhet', '--year', '2026', '--file', path.join(FIXTURES, 'bad-several.csv'));
    expect(bad.code).toBe(1);
    const lines = bad.err.split('\n');
    expect(lines[0]).toBe('Inget importerades. Rätta följande i filen och försök igen:');
    expect(lines).toHaveLength(10);
    expect(lines[1]).toMatch(/^Rad 3, Processgrupp: /);
    expect(stateOf(db)).toEqual(before);
  });

  it('refuses to replace an adopted plan with the repository’s message', async () => {
    const db = tempDbFile();
    await cli('plan', 'import', '--db', db, '--unit', 'Enheten', '--year', '2017', '--file', path.join(FIXTURES, 'seed-004.xlsx'));
    const services = testServices(db);
    const [plan] = services.repos.plans.list();
    services.repos.lifecycle.setStatus(plan?.id ?? '', 'adopted', 'Testaren');
    services.close();
    const locked = await cli('plan', 'import', '--db', db, '--unit', 'Enheten', '--year', '2017', '--file', path.join(FIXTURES, 'seed-000.xlsx'));
    expect(locked).toMatchObject({ code: 1, err: expect.stringMatching(/^Planen är fastställd och därför låst\./) });
  });

  it('explains an unknown unit, a missing plan and a missing file with exit code 1', async () => {
    const db = tempDbFile();
    await cli('plan', 'import', '--db', db, '--unit', 'Enheten', '--year', '2017', '--file', path.join(FIXTURES, 'seed-004.xlsx'));
    const target = path.join(tempDir(), 'plan.xlsx');
    expect(await cli('plan', 'export', '--db', db, '--unit', 'Okänd', '--year', '2017', '--file', target)).toMatchObject({ code: 1, err: 'Enheten ”Okänd” finns inte i databasen.' });
    expect(await cli('plan', 'export', '--db', db, '--unit', 'Enheten', '--year', '2030', '--file', target)).toMatchObject({ code: 1, err: 'Enheten har ingen kvalitetsplan för 2030.' });
    const missing = await cli('plan', 'import', '--db', db, '--unit', 'Enheten', '--year', '2017', '--file', path.join(FIXTURES, 'finns-inte.xlsx'));
    expect(missing).toMatchObject({ code: 1, err: `Filen ${path.join(FIXTURES, 'finns-inte.xlsx')} finns inte.` });
    const nowhere = path.join(tempDir(), 'saknas', 'plan.xlsx');
    expect(await cli('plan', 'export', '--db', db, '--unit', 'Enheten', '--year', '2017', '--file', nowhere)).toMatchObject({ code: 1, err: `Mappen ${path.dirname(nowhere)} finns inte.` });
    expect(fs.existsSync(target)).toBe(false);
  });

  it('explains wrong use with exit code 2', async () => {
    const db = tempDbFile();
    expect(await cli('plan', 'kopiera', '--db', db)).toMatchObject({ code: 2, err: expect.stringMatching(/^Okänd åtgärd: kopiera\. Välj import eller export\./) });
    expect(await cli('plan', 'import', '--db', db, '--year', '2026', '--file', 'a.csv')).toMatchObject({ code: 2, err: expect.stringMatching(/^Ange enhetens namn med --unit\./) });
    expect(await cli('plan', 'import', '--db', db, '--unit', 'A', '--year', '26', '--file', 'a.csv')).toMatchObject({ code: 2, err: expect.stringMatching(/^Året måste vara 2000 eller senare\./) });
    expect(await cli('plan', 'export', '--db', db, '--unit', 'A', '--year', '2026', '--file', 'a.xlsx', '--by', 'B')).toMatchObject({ code: 2, err: expect.stringMatching(/^Okänd flagga: --by/) });
    expect((await cli('--help')).out).toMatch(/plan import\|export --db <fil> --unit <namn> --year <ÅÅÅÅ> --file <fil>/);
  });
});
