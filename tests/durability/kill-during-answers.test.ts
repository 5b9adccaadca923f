import { spawn } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { TemplateContent } from '../../shared/checklists/template';
import { testRepos } from '../support/repos';
import { migrationsFolder, tempDbFile } from '../support/temp-db';

const KILLS = 50;
let writer: string;
let databaseFile: string;
let runId: string;
let itemIds: string[];

beforeAll(async () => {
  // Bundled once, so each of the fifty children starts in a fraction of a second; kept
  // inside node_modules so the bundle still finds better-sqlite3 and pdfkit there.
  writer = path.resolve('node_modules/.cache/kvalitetshjulet-tests/answer-writer.cjs');
  await build({
    entryPoints: [path.resolve('tests/durability/answer-writer.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    // As in scripts/build-electron.mjs: pdfkit reads its font files from its own folder.
    external: ['better-sqlite3', 'pdfkit'],
    outfile: writer,
    logLevel: 'silent',
  });
  databaseFile = tempDbFile();
  const { repos, close } = testRepos(databaseFile);
  const unit = repos.units.create('Barn och unga');
  const plan = repos.plans.create({ unitId: unit.id, year: 2026 }, 'AB');
  const items = Array.from({ length: 7 }, (_, n) => ({ kind: 'yes_no_na' as const, text: `Fråga ${n + 1}` }));
  const templateId = repos.checklists.templates.create(plan.id, TemplateContent.parse({ name: 'Ärendedragning', items }), 'AB');
  itemIds = repos.checklists.templates.get(templateId).items.map((item) => item.id);
  runId = repos.checklists.runs.start(templateId, { date: '2026-03-31', context: 'case_review', runBy: 'AB', team: '' });
  close();
});

/** Starts a writer, lets it acknowledge `count` answers, then kills it with SIGKILL. */
function writeAndKill(round: number, count: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, databaseFile, migrationsFolder, runId, JSON.stringify(itemIds), `R${round}`], {
      cwd: path.resolve('.'),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acks: string[] = [];
    let buffered = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) if (line.startsWith('ACK ')) acks.push(line.slice(4));
      if (acks.length >= count && !child.killed) child.kill('SIGKILL');
    });
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve(acks) : reject(new Error(`Writer ended without being killed: ${stderr}`))));
  });
}

describe('an answer that was acknowledged survives the process being killed', () => {
  it(`finds every acknowledged answer and an intact database after ${KILLS} kills`, async () => {
    const acknowledged = new Map<string, string>();
    for (let round = 0; round < KILLS; round++) {
      const acks = await writeAndKill(round, 1 + ((round * 7) % 40));
      for (const ack of acks) {
        const [caseId, itemId, value] = ack.split(' ') as [string, string, string];
        acknowledged.set(`${caseId} ${itemId}`, value);
      }
      const db = new Database(databaseFile, { readonly: true });
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const stored = new Map(
        (db.prepare('SELECT case_id, item_id, value FROM answers').all() as Array<{ case_id: string; item_id: string; value: string }>).map(
          (row) => [`${row.case_id} ${row.item_id}`, JSON.parse(row.value) as string],
        ),
      );
      db.close();
      for (const [key, value] of acknowledged) expect(stored.get(key), `answer ${key} after kill ${round + 1}`).toBe(value);
    }
    expect(acknowledged.size).toBeGreaterThan(KILLS);
  }, 300_000);
});
