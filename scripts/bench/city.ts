import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openDatabase } from '../../db/connection';
import { startAppServices, type AppServices } from '../../electron/app/app-services';
import { measureAggregates } from './aggregates';
import { measureAnswerWrites } from './answer-writes';
import { measureExports } from './bundles';
import { curvesOf, SCALES, type Curve } from './city-report';
import { buildDatabase } from './large-database';
import { median, type Figure } from './report';

/** The city at 16x: a large unit's ten years, and the socialkontor's bundles of one year. */
export const CITY = { years: 10, answersPerYear: 30_000, bundles: 150, answersPerBundle: 7_000 };
export type CityShape = typeof CITY;

/**
 * The city shrunk by `fraction` (answers of the unit's years and how many bundles; a bundle
 * keeps its 7 000 answers), for a machine too busy to build the whole of it in a sitting.
 */
export const cityShape = (fraction: number): CityShape => ({
  ...CITY,
  answersPerYear: Math.round(CITY.answersPerYear * fraction),
  bundles: Math.max(16, Math.round(CITY.bundles * fraction)),
});
const ANSWERS_TIMED = 500;
const MIGRATION = '0007_answer_tallies';

export interface CityPaths {
  shape: CityShape;
  work: string;
  migrations: string;
  version: string;
  today: string;
}

const seconds = (started: number) => (performance.now() - started) / 1000;
const services = (file: string, paths: CityPaths) => startAppServices({ databaseFile: file, migrationsFolder: paths.migrations, version: paths.version, runtime: 'web-harness' });

/**
 * The database as it was before migration 0007 and the two after it (the register's measures
 * and its sync triggers): what they made gone and their records removed, so the start runs
 * all three as an upgrade would.
 */
function beforeThisRelease(file: string, migrations: string): void {
  const journal = JSON.parse(fs.readFileSync(path.join(migrations, 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string; when: number }[] };
  const since = journal.entries.find((entry) => entry.tag === MIGRATION)?.when;
  if (since === undefined) throw new Error(`${MIGRATION} is not in the journal`);
  const sqlite = new Database(file);
  try {
    const triggers = sqlite
      .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND (name LIKE 'answer_tallies_%' OR tbl_name IN ('reports', 'report_actions', 'report_analyses', 'report_categories', 'report_quality_areas', 'report_risks', 'report_settings', 'control_report_measures'))")
      .pluck()
      .all() as string[];
    sqlite.transaction(() => {
      for (const name of triggers) sqlite.exec(`DROP TRIGGER ${name}`);
      sqlite.exec('DROP TABLE answer_tallies; DROP INDEX plans_year; DROP INDEX imported_bundles_year; DROP TABLE control_report_measures');
      sqlite.prepare('DELETE FROM __drizzle_migrations WHERE created_at >= ?').run(since);
    })();
  } finally {
    sqlite.close();
  }
}

/** Start of the app's database on a copy of `file`: with migrations 0007-0009 to run, against the same start with nothing to run. */
function measureMigration(file: string, paths: CityPaths, scale: number): Figure {
  const open = (copy: string) => {
    const started = performance.now();
    openDatabase(copy, { migrationsFolder: paths.migrations }).close();
    return seconds(started);
  };
  const pending = path.join(paths.work, `migrate-${scale}.sqlite`);
  const current = path.join(paths.work, `current-${scale}.sqlite`);
  fs.copyFileSync(file, pending);
  fs.copyFileSync(file, current);
  beforeThisRelease(pending, paths.migrations);
  const figure: Figure = {
    name: `Startup with migrations ${MIGRATION}-0009 (backup, check, migrate)`,
    value: open(pending),
    unit: 's',
    baseline: { name: 'same start, nothing to migrate', value: open(current) },
    target: { below: 2 },
  };
  for (const copy of [pending, current]) fs.rmSync(copy, { force: true });
  return figure;
}

/** (a) One unit with ten years of `answersPerYear`: Översikt, Resultat, answer writes, the startup migration, size. */
async function measureUnit(paths: CityPaths, scale: number): Promise<Figure[]> {
  const answersPerYear = Math.round((paths.shape.answersPerYear * scale) / 16);
  const file = path.join(paths.work, `unit-${scale}`, 'unit.sqlite');
  const built = await buildDatabase(file, paths.migrations, { units: 1, years: paths.shape.years, answersPerPlan: answersPerYear }, paths.today);
  console.log(`  ${scale}x unit: ${built.answers} answers built in ${built.seconds.toFixed(0)} s`);
  const sizePerAnswer: Figure = { name: 'Database bytes per answer (10-year unit)', value: fs.statSync(file).size / built.answers, unit: 'B', baseline: null, target: { below: 300 } };
  const migration = measureMigration(file, paths, scale);
  const app = services(file, paths);
  try {
    const { planIds } = built.plans[0]!;
    const aggregates = measureAggregates(app.repos, app.database.sqlite, planIds.at(-1)!, paths.today);
    const firstYear = Number(paths.today.slice(0, 4)) - paths.shape.years + 1;
    const writes = await measureAnswerWrites(app, planIds[0]!, `${firstYear}-06-15`, ANSWERS_TIMED);
    return [...aggregates, ...writes, migration, sizePerAnswer];
  } finally {
    app.close();
  }
}

/** Median of a few calls of `work`, in ms. */
function medianMs(work: () => unknown, repeat = 5): number {
  work();
  return median(Array.from({ length: repeat }, () => {
    const started = performance.now();
    work();
    return performance.now() - started;
  }));
}

/** (b) The socialkontor: the first `count` of the bundles imported one by one into an empty database, then compared. */
async function measureSocialkontor(paths: CityPaths, files: string[], year: number, scale: number): Promise<Figure[]> {
  const count = Math.round((paths.shape.bundles * scale) / 16);
  const office = services(path.join(paths.work, `office-${scale}`, 'office.sqlite'), paths);
  try {
    const each: number[] = [];
    for (const file of files.slice(0, count)) {
      const started = performance.now();
      const [result] = await office.bundles.import.importFiles([file]);
      each.push(seconds(started));
      if (result?.kind !== 'imported') throw new Error(`Import refused: ${result?.message ?? 'no result'}`);
    }
    const compare = medianMs(() => office.repos.comparison.forYear(year));
    return [
      { name: `Import of the socialkontor's bundles (${paths.shape.answersPerBundle} answers each), in all`, value: each.reduce((a, b) => a + b, 0), unit: 's', baseline: null, target: { below: 15 } },
      { name: 'Import of one bundle, slowest', value: Math.max(...each), unit: 's', baseline: null, target: { below: 0.2 } },
      { name: 'Jämför enheter over the imported units (comparison.forYear), median', value: compare, unit: 'ms', baseline: null, target: { below: 1000 } },
    ];
  } finally {
    office.close();
  }
}

/** The 150 units' bundles of one year, each built as the app writes it and exported through the outbox. */
async function buildBundles(paths: CityPaths): Promise<{ files: string[]; year: number }> {
  const file = path.join(paths.work, 'units', 'units.sqlite');
  const built = await buildDatabase(file, paths.migrations, { units: paths.shape.bundles, years: 1, answersPerPlan: paths.shape.answersPerBundle }, paths.today);
  console.log(`  ${paths.shape.bundles} units' years: ${built.answers} answers built in ${built.seconds.toFixed(0)} s`);
  const app: AppServices = services(file, paths);
  try {
    const started = performance.now();
    const { files } = await measureExports(app, built.plans.map((unit) => unit.planIds[0]!), path.join(paths.work, 'shared'), path.join(paths.work, 'floor'));
    console.log(`  exported ${files.length} bundles in ${seconds(started).toFixed(0)} s`);
    return { files, year: Number(paths.today.slice(0, 4)) };
  } finally {
    app.close();
  }
}

/** Growth targets: the aggregates must not depend on how many answers there are. */
const FLAT = { below: 20, maxRatio: 2, maxGrowth: 2 };
const TARGETS: Record<string, Curve['target']> = {
  'Översikt: results.overview, median': FLAT,
  'Resultat: results.forPlan (own frequency), median': FLAT,
  "Resultat: results.forPlan ('year'), median": FLAT,
  [`Answer write via 'runs:answer', p99 of ${ANSWERS_TIMED}`]: { below: 2, maxRatio: 3 },
};

/** Every city figure at 1x, 4x and 16x of the data. */
export async function measureCity(paths: CityPaths): Promise<Curve[]> {
  console.log(`Building the socialkontor's ${paths.shape.bundles} bundles …`);
  const bundles = await buildBundles(paths);
  const perScale: Figure[][] = [];
  for (const scale of SCALES) {
    console.log(`Measuring at ${scale}x …`);
    perScale.push([...(await measureUnit(paths, scale)), ...(await measureSocialkontor(paths, bundles.files, bundles.year, scale))]);
  }
  return curvesOf(perScale, TARGETS);
}
