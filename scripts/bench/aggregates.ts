import type Database from 'better-sqlite3';
import type { Repositories } from '../../db/repositories';
import type { PlanResults } from '../../shared/results/control-results';
import type { PeriodKind } from '../../shared/results/periods';
import { median, type Figure } from './report';
import { OVERVIEW_SQL, PLAN_FIGURES_SQL } from './results-sql';

const REPEAT = 15;
const TARGET = { below: 50, maxRatio: 2 };

interface SqlFigure {
  scope: 'period' | 'year';
  id: string;
  start: string;
  value: number;
  status: string;
}

/** The median of `REPEAT` calls, after one call that warms caches as a user's earlier visit would. */
function medianMs(work: () => unknown): number {
  work();
  const times: number[] = [];
  for (let i = 0; i < REPEAT; i++) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  return median(times);
}

const key = (id: string, start: string, value: number, status: string) => `${id} ${start} ${value.toFixed(6)} ${status}`;

/** The repository's figures in the SQL query's shape: a baseline that computes something else would prove nothing. */
function figuresOf(results: PlanResults): string[] {
  const periods = results.controls.flatMap((control) =>
    control.periods.flatMap((p) => (p.value === null ? [] : [`period ${key(control.controlId, p.period.start, p.value, p.status)}`])),
  );
  const years = new Map<string, string>();
  for (const figure of results.controls.flatMap((control) => control.years)) {
    if (figure.value !== null) years.set(figure.controlId, `year ${key(figure.controlId, `${figure.year}-01-01`, figure.value, figure.status)}`);
  }
  return [...periods, ...years.values()].sort();
}

function assertSame(what: string, fromRepository: string[], fromSql: string[]): void {
  const missing = fromRepository.filter((line) => !fromSql.includes(line));
  const extra = fromSql.filter((line) => !fromRepository.includes(line));
  if (missing.length > 0 || extra.length > 0) {
    throw new Error(`${what}: the SQL baseline differs from the repository.\nOnly in the repository: ${missing.slice(0, 5).join('; ')}\nOnly in SQL: ${extra.slice(0, 5).join('; ')}`);
  }
}

/** Översikt and Resultat of one plan through the repositories, each against one hand-written query computing the same. */
export function measureAggregates(repos: Repositories, sqlite: Database.Database, planId: string, today: string): Figure[] {
  const planFigures = sqlite.prepare(PLAN_FIGURES_SQL);
  const overview = sqlite.prepare(OVERVIEW_SQL);
  const sqlFigures = (kind: PeriodKind | null) =>
    (planFigures.all({ plan: planId, kind }) as SqlFigure[]).map((row) => `${row.scope} ${key(row.id, row.start, row.value, row.status)}`).sort();

  for (const kind of [null, 'year'] as const) assertSame(`Resultat (${kind ?? 'own frequency'})`, figuresOf(repos.results.forPlan(planId, kind)), sqlFigures(kind));
  const counts = repos.results.overview(planId, today).statusCounts;
  const sqlCounts = overview.get({ plan: planId, kind: null, today }) as typeof counts;
  assertSame('Översikt', Object.entries(counts).map(String), Object.entries(counts).map(([colour]) => `${colour},${sqlCounts[colour as keyof typeof counts]}`));

  const figure = (name: string, repository: () => unknown, sql: () => unknown): Figure => ({
    name,
    value: medianMs(repository),
    unit: 'ms',
    baseline: { name: 'one SQL query', value: medianMs(sql) },
    target: TARGET,
  });
  return [
    figure('Översikt: results.overview, median', () => repos.results.overview(planId, today), () => overview.get({ plan: planId, kind: null, today })),
    figure('Resultat: results.forPlan (own frequency), median', () => repos.results.forPlan(planId, null), () => planFigures.all({ plan: planId, kind: null })),
    figure("Resultat: results.forPlan ('year'), median", () => repos.results.forPlan(planId, 'year'), () => planFigures.all({ plan: planId, kind: 'year' })),
  ];
}
