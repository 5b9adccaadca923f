import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connection';
import { createRepositories, type Repositories } from '../../db/repositories';
import { systemClock } from '../../db/clock';
import { checklistPlan, runWith } from '../support/checklist-fixture';
import { migrationsFolder, tempDbFile, tempDir } from '../support/temp-db';
import { syncedData } from '../db/sync/sync-devices';

const tsx = path.resolve('node_modules/.bin/tsx');

/** `npm run cli -- sync` as its own process, as a laptop would run it. */
function cliSync(db: string, folder: string): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, ['electron/cli/main.ts', 'sync', '--db', db, '--folder', folder], { cwd: path.resolve('.'), stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, out, err }));
  });
}

/** Opens a laptop's database in this process for a moment, as the app would between syncs. */
function withLaptop<T>(file: string, work: (repos: Repositories) => T): T {
  const database = openDatabase(file, { migrationsFolder });
  try {
    return work(createRepositories(database.db, systemClock));
  } finally {
    database.close();
  }
}

const dataOf = (file: string) => {
  const database = openDatabase(file, { migrationsFolder });
  try {
    return syncedData(database);
  } finally {
    database.close();
  }
};

describe('two processes of the app, each with its own database, syncing through one folder', () => {
  it('exchange a plan and the answers given on both sides', async () => {
    const folder = tempDir('kh-sync-processes-');
    const anna = tempDbFile();
    const bo = tempDbFile();
    const { templateId, plan } = withLaptop(anna, (repos) => {
      repos.settings.setUserName('Anna');
      const made = checklistPlan(repos);
      runWith(repos, made.templateId, '2026-03-10', [['yes', 3, 10, 'Annas notering']]);
      return made;
    });
    withLaptop(bo, (repos) => repos.settings.setUserName('Bo'));

    const sent = await cliSync(anna, folder);
    expect(sent.code, sent.err).toBe(0);
    expect(sent.out).toMatch(/Skickade: [1-9]\d* fältändringar/);
    const received = await cliSync(bo, folder);
    expect(received.code, received.err).toBe(0);
    expect(received.out).toMatch(/Tog emot: [1-9]\d* fältändringar från Anna/);

    withLaptop(bo, (repos) => {
      const run = repos.checklists.runs.list({ planId: plan.id })[0]!;
      const items = repos.checklists.templates.get(templateId).items;
      const added = repos.checklists.cases.add(run.id, 'Ärende från Bo');
      repos.checklists.answers.answer(added.id, items[0]!.id, 'no');
      repos.checklists.answers.answer(added.id, items[3]!.id, 'Bos notering');
    });
    withLaptop(anna, (repos) => repos.plans.rename(plan.id, 'Kvalitetsplan 2026, reviderad', 'Anna'));

    // Both at once, then each once more: the folder is the only thing they share.
    const together = await Promise.all([cliSync(anna, folder), cliSync(bo, folder)]);
    for (const result of together) expect(result.code, result.err).toBe(0);
    for (const result of await Promise.all([cliSync(anna, folder), cliSync(bo, folder)])) expect(result.code, result.err).toBe(0);

    expect(dataOf(bo)).toEqual(dataOf(anna));
    const answers = withLaptop(anna, (repos) => {
      const run = repos.checklists.runs.list({ planId: plan.id })[0]!;
      return repos.checklists.runs.get(run.id).cases.flatMap((runCase) => runCase.answers.map((answer) => answer.value));
    });
    expect(answers).toEqual(expect.arrayContaining(['Annas notering', 'Bos notering', 'no', 'yes']));
    expect(withLaptop(bo, (repos) => repos.plans.get(plan.id).title)).toBe('Kvalitetsplan 2026, reviderad');
  }, 120_000);
});
