import { systemClock } from '../../db/clock';
import { openDatabase, type OpenDatabase } from '../../db/connection';
import { createRepositories, type Repositories } from '../../db/repositories';
import type { PeriodCompilation } from '../../shared/reports/compilation';
import { REPORT_KINDS, REPORT_STATUSES } from '../../shared/reports/kinds';
import { median, type Figure } from './report';
import { REPORT_FIGURES_SQL } from './reports-sql';

export const REGISTER = { reports: 50_000, previousYear: 10_000 };
const REPEAT = 15;
const PROCESSES = ['Mottagning', 'Utredning', 'Beslut', 'Genomförande', 'Uppföljning'];
const AREAS = ['Bemötande', 'Delaktighet', 'Trygghet och säkerhet', 'Kunskapsbaserad verksamhet', 'Tillgänglighet', 'Helhetssyn'];

export interface Register {
  database: OpenDatabase;
  repos: Repositories;
  planId: string;
  previousId: string;
}

const isoDay = (year: number, dayOfYear: number) => new Date(Date.UTC(year, 0, dayOfYear)).toISOString().slice(0, 10);

/**
 * A unit whose plan of the year holds 50 000 reports and the plan before it 10 000, spread
 * over kinds, categories, processes, kvalitetsområden, days and statuses. The plans,
 * processes, areas and categories go through the repositories; the reports are one prepared
 * insert in one transaction, as through the repository they would take minutes.
 */
export function buildRegister(file: string, migrationsFolder: string, year: number): Register {
  const database = openDatabase(file, { migrationsFolder });
  const repos = createRepositories(database.db, systemClock);
  const unit = repos.units.create('Registerenheten');
  const plans = [year - 1, year].map((planYear) => repos.plans.create({ unitId: unit.id, year: planYear }, 'bench').id);
  const processes = plans.map((planId) => PROCESSES.map((name) => repos.processes.create(planId, { name, group: 'main', responsibleTeam: '' }, 'bench')));
  const areas = plans.map((planId) => {
    const existing = database.sqlite.prepare('SELECT lower(name) FROM quality_areas WHERE plan_id = ?').pluck().all(planId) as string[];
    for (const name of AREAS.filter((area) => !existing.includes(area.toLowerCase()))) repos.qualityAreas.create(planId, { name }, 'bench');
    return database.sqlite.prepare('SELECT id FROM quality_areas WHERE plan_id = ? ORDER BY position').pluck().all(planId) as string[];
  });
  const categories = repos.reports.categories.create(unit.id, 'avvikelse', 'Övrigt inom IT');
  const insert = database.sqlite.prepare(
    `INSERT INTO reports (id, plan_id, kind, received_on, category_id, process_id, status, investigated_on, feedback_on, anonymous, serious, ivo_reported_on, created_at, created_by, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '2026-01-01T00:00:00Z', 'bench', '2026-01-01T00:00:00Z')`,
  );
  const link = database.sqlite.prepare('INSERT INTO report_quality_areas (report_id, quality_area_id) VALUES (?, ?)');
  let n = 0;
  database.sqlite.transaction(() => {
    for (const [index, count] of [REGISTER.previousYear, REGISTER.reports].entries()) {
      const planYear = year - 1 + index;
      for (let i = 0; i < count; i++, n++) {
        // Avvikelser are most of a register; every fifth report is one of the other kinds.
        const kind = n % 5 === 0 ? REPORT_KINDS[1 + ((n / 5) % 4)]! : 'avvikelse';
        const ofKind = categories.filter((category) => category.kind === kind);
        const received = isoDay(planYear, 1 + ((n * 7) % 365));
        const status = REPORT_STATUSES[n % REPORT_STATUSES.length]!;
        const investigated = status === 'mottagen' ? null : isoDay(planYear, 1 + ((n * 7) % 365) + (n % 45));
        const feedback = (kind === 'klagomal' || kind === 'synpunkt') && n % 3 !== 0 ? isoDay(planYear, 1 + ((n * 7) % 365) + (n % 20)) : null;
        const id = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
        const serious = kind === 'lex_sarah' ? n % 2 : null;
        insert.run(id, plans[index], kind, received, n % 17 === 0 ? null : ofKind[n % ofKind.length]!.id, n % 11 === 0 ? null : processes[index]![n % PROCESSES.length],
          status, investigated, feedback, n % 4 === 0 ? 1 : 0, serious, serious === 1 ? received : null);
        for (let a = 0; a < n % 3; a++) link.run(id, areas[index]![(n + a) % areas[index]!.length]);
      }
    }
  })();
  return { database, repos, planId: plans[1]!, previousId: plans[0]! };
}

interface SqlRow {
  what: 'kind' | 'area';
  kind: string;
  name: string;
  count: number;
  previous_period: number;
  previous_year: number;
  investigated: number;
  investigated_within: number;
  feedback_expected: number;
  feedback_given: number;
  feedback_within: number;
  serious: number;
  reported_to_ivo: number;
}

/** The period's figures as lines, so the repository and the query can be compared whole. */
function figuresOf(period: PeriodCompilation): string[] {
  const kinds = period.byKind.map((row) => {
    const serious = row.kind === 'lex_sarah' ? [period.lexSarah.serious, period.lexSarah.reportedToIvo] : [0, 0];
    return ['kind', row.kind, '', row.received.count, row.received.previousPeriod, row.received.previousYear, row.investigated, row.investigatedWithin, row.feedbackExpected, row.feedbackGiven, row.feedbackWithin, ...serious].join('|');
  });
  const areas = period.byQualityArea.map((row) => ['area', row.kind, row.area, row.figure.count, row.figure.previousPeriod, row.figure.previousYear, 0, 0, 0, 0, 0, 0, 0].join('|'));
  return [...kinds, ...areas].sort();
}

const lineOf = (row: SqlRow) =>
  [row.what, row.kind, row.name, row.count, row.previous_period, row.previous_year, row.investigated, row.investigated_within, row.feedback_expected, row.feedback_given, row.feedback_within, row.serious, row.reported_to_ivo].join('|');

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

/** `reports.summary` of the register by tertial, against one hand-written query for the second tertial's figures. */
export function measureCompilation(register: Register, today: string): Figure {
  const { repos, database, planId, previousId } = register;
  const compile = () => repos.reports.summary(planId, 'tertial', today);
  const period = compile().periods[1]!;
  const query = database.sqlite.prepare(REPORT_FIGURES_SQL);
  const unitId = repos.plans.get(planId)!.unitId;
  const params = {
    plan: planId,
    previous: previousId,
    start: period.period.start,
    end: period.period.end,
    periodStart: period.previousPeriod.start,
    periodEnd: period.previousPeriod.end,
    yearStart: period.previousYear.start,
    yearEnd: period.previousYear.end,
    limits: JSON.stringify(repos.reports.settings.get(unitId)),
  };
  const fromSql = (query.all(params) as SqlRow[]).map(lineOf).sort();
  const fromRepository = figuresOf(period);
  const missing = fromRepository.filter((line) => !fromSql.includes(line));
  const extra = fromSql.filter((line) => !fromRepository.includes(line));
  if (missing.length > 0 || extra.length > 0 || period.total.count === 0) {
    throw new Error(`Reports: the SQL baseline differs from reports.summary.\nOnly in the repository: ${missing.slice(0, 5).join('; ')}\nOnly in SQL: ${extra.slice(0, 5).join('; ')}`);
  }
  return {
    name: `Reports: reports.summary by tertial (${REGISTER.reports / 1000}k + ${REGISTER.previousYear / 1000}k reports), median`,
    value: medianMs(compile),
    unit: 'ms',
    baseline: { name: 'one SQL query', value: medianMs(() => query.all(params)) },
    target: { below: 50, maxRatio: 2 },
  };
}
