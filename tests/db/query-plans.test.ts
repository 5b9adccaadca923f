import type Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, type OpenDatabase } from '../../db/connection';
import { createRepositories, type Repositories } from '../../db/repositories';
import { comparisonFixture } from '../support/comparison-fixture';
import { resultsFixture } from '../support/results-fixture';
import { frozenClock, migrationsFolder, tempDbFile } from '../support/temp-db';

/** Tables that grow with the answers or with the bundles a socialkontor gathers: none may be read from end to end. */
const GROWING = [
  'answers',
  'answer_tallies',
  'run_cases',
  'checklist_runs',
  'checklist_items',
  'checklist_templates',
  'checklist_template_versions',
  'quality_areas',
  'improvement_areas',
  'processes',
  'risks',
  'risk_quality_areas',
  'controls',
  'actions',
  'manual_results',
  'plan_history',
  'plans',
  'imported_bundles',
];

interface Query {
  sql: string;
  args: unknown[];
}

/** Every statement the connection runs, with its arguments, while `work` runs: the real repositories' SQL, not a copy. */
function queriesOf(sqlite: Database.Database, work: () => unknown): Query[] {
  const seen: Query[] = [];
  const prepare = sqlite.prepare;
  sqlite.prepare = function (this: Database.Database, source: string) {
    const statement = prepare.call(this, source);
    for (const method of ['all', 'get', 'iterate'] as const) {
      const run = statement[method].bind(statement) as (...args: unknown[]) => unknown;
      Object.assign(statement, { [method]: (...args: unknown[]) => (seen.push({ sql: source, args }), run(...args)) });
    }
    return statement;
  } as typeof sqlite.prepare;
  try {
    work();
  } finally {
    sqlite.prepare = prepare;
  }
  return seen.filter((query) => /^\s*(select|with)\b/i.test(query.sql));
}

/** The full scans of growing tables in a statement's plan, as SQLite words them ("SCAN answers", "SCAN run_cases USING ..."). */
function fullScans(sqlite: Database.Database, query: Query): string[] {
  const plan = sqlite.prepare(`EXPLAIN QUERY PLAN ${query.sql}`).all(...query.args) as Array<{ detail: string }>;
  return plan.map((step) => step.detail).filter((detail) => GROWING.some((table) => new RegExp(`^SCAN ${table}\\b`).test(detail)));
}

const open: OpenDatabase[] = [];
function world(fill: (repos: Repositories, database: OpenDatabase) => void) {
  const database = openDatabase(tempDbFile(), { migrationsFolder });
  open.push(database);
  const repos = createRepositories(database.db, frozenClock());
  fill(repos, database);
  return { database, repos };
}
afterAll(() => open.forEach((database) => database.close()));

function expectIndexed(sqlite: Database.Database, work: () => unknown) {
  const queries = queriesOf(sqlite, work);
  expect(queries.length).toBeGreaterThan(0);
  expect(queries.flatMap((query) => fullScans(sqlite, query).map((scan) => `${scan} in: ${query.sql}`))).toEqual([]);
}

describe('every query behind the screens that grow with the data', () => {
  let fixture!: ReturnType<typeof resultsFixture>;
  const results = world((repos) => (fixture = resultsFixture(repos)));

  it('finds its rows of answers, cases, runs and plan content through an index: Översikt', () => {
    expectIndexed(results.database.sqlite, () => results.repos.results.overview(fixture.planId, '2026-05-15'));
  });

  it('… Resultat, for every period kind', () => {
    expectIndexed(results.database.sqlite, () => [null, 'month', 'year'].map((kind) => results.repos.results.forPlan(fixture.planId, kind as 'month' | null)));
  });

  it('… the drill-down behind a figure', () => {
    expectIndexed(results.database.sqlite, () => results.repos.results.drillDown(fixture.violence, 'tertial', '2026-05-01'));
  });

  it('… the export of a unit-year', () => {
    expectIndexed(results.database.sqlite, () => results.repos.bundles.read(fixture.planId));
  });

  it('… Jämför enheter over local and imported units', () => {
    const comparison = world((repos, database) => comparisonFixture(repos, database.db));
    expectIndexed(comparison.database.sqlite, () => comparison.repos.comparison.forYear(2025));
  });
});
