import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type OpenDatabase } from '../../../db/connection';
import { createRepositories, type Repositories } from '../../../db/repositories';
import { REPORT_KINDS } from '../../../shared/reports/kinds';
import { frozenClock, migrationsFolder, tempDbFile } from '../../support/temp-db';

const COUNT = 50_000;
let database: OpenDatabase;
let repos: Repositories;
let planId: string;

/** 50 000 reports over two years, written straight into the table: the compilation's worst realistic case. */
beforeAll(() => {
  database = openDatabase(tempDbFile(), { migrationsFolder });
  repos = createRepositories(database.db, frozenClock());
  const unit = repos.units.create('Stor enhet');
  const plans = [2025, 2026].map((year) => repos.plans.create({ unitId: unit.id, year }, 'EC'));
  planId = plans[1]!.id;
  const processes = plans.map((plan) => ['Mottagning', 'Utredning', 'Uppföljning'].map((name) => repos.processes.create(plan.id, { name, group: 'main', responsibleTeam: '' }, 'EC')));
  // A new category writes the defaults too, so the rows below can point at them.
  const categories = repos.reports.categories.create(unit.id, 'avvikelse', 'Övrigt inom IT');
  const insert = database.sqlite.prepare(
    `INSERT INTO reports (id, plan_id, kind, received_on, category_id, process_id, status, investigated_on, anonymous, created_at, created_by, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, 'mottagen', ?, ?, '2026-01-01T00:00:00Z', 'EC', '2026-01-01T00:00:00Z')`,
  );
  database.sqlite.transaction(() => {
    for (let i = 0; i < COUNT; i++) {
      const yearIndex = i % 2;
      const kind = REPORT_KINDS[i % REPORT_KINDS.length]!;
      const ofKind = categories.filter((category) => category.kind === kind);
      const month = (i % 12) + 1;
      const day = (i % 28) + 1;
      const received = `${2025 + yearIndex}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      const investigated = i % 3 === 0 ? null : `${2025 + yearIndex}-${String(month).padStart(2, '0')}-28`;
      insert.run(`00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, plans[yearIndex]!.id, kind, received, ofKind[i % ofKind.length]!.id, processes[yearIndex]![i % 3], investigated, i % 2);
    }
  })();
});
afterAll(() => database.close());

describe('the compilation of 50 000 reports', () => {
  it('agrees with one hand-written SQL count per kind and year', () => {
    const compilation = repos.reports.summary(planId, 'year', '2026-12-31');
    const [year] = compilation.periods;
    const counted = database.sqlite
      .prepare(`SELECT kind, substr(received_on, 1, 4) AS year, count(*) AS n FROM reports GROUP BY kind, year`)
      .all() as { kind: string; year: string; n: number }[];
    for (const row of year!.byKind) {
      expect(row.received.count).toBe(counted.find((c) => c.kind === row.kind && c.year === '2026')?.n ?? 0);
      expect(row.received.previousYear).toBe(counted.find((c) => c.kind === row.kind && c.year === '2025')?.n ?? 0);
    }
    expect(year!.total.count + year!.total.previousYear).toBe(COUNT);
    const investigated = database.sqlite
      .prepare(`SELECT count(*) FROM reports WHERE received_on LIKE '2026%' AND kind = 'avvikelse' AND investigated_on IS NOT NULL AND julianday(investigated_on) - julianday(received_on) <= 30`)
      .pluck()
      .get() as number;
    expect(year!.byKind.find((row) => row.kind === 'avvikelse')?.investigatedWithin).toBe(investigated);
  });
});
