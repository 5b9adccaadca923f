import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sourceAppVersion } from '../../electron/services/app-version';
import { launchChromium } from './browser';
import { demoDatabase } from './demo-database';
import { firstRenderSession } from './first-render';
import { buildDatabase, LARGE } from './large-database';
import { cityShape, measureCity } from './city';
import { formatCurves, meetsCurve } from './city-report';
import { bundleMainSide } from './main-side-bundle';
import { formatTable, missedTargets, type Figure } from './report';
import { buildRegister, measureCompilation, REGISTER } from './reports';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = path.join(root, 'dist');
const migrations = path.join(root, 'db', 'migrations');
const ANSWERS_TIMED = 2000;

function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function machine(): string {
  const cpus = os.cpus();
  return `${cpus.length} cores (${cpus[0]?.model ?? 'unknown CPU'}), ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}, load average ${os.loadavg()[0]!.toFixed(1)} at the end`;
}

const RESULTS_FILE = path.join(root, 'bench-results.json');

/**
 * `--scale city`: the large unit's ten years and the socialkontor's 150 bundles, each figure at
 * 1x, 4x and 16x; `--fraction 0.25` builds a quarter of the city for a busy machine.
 */
async function city(fraction: number): Promise<void> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kh-bench-city-'));
  const shape = cityShape(fraction);
  try {
    const curves = await measureCity({ shape, work, migrations, version: sourceAppVersion(), today: localToday() });
    const size = `${shape.answersPerYear} answers a year × ${shape.years} years at 16x; ${shape.bundles} bundles of ${shape.answersPerBundle} answers at 16x`;
    console.log(`\n${formatCurves(curves)}\n\nSize: ${size}.\nMachine: ${machine()}.`);
    fs.writeFileSync(RESULTS_FILE, `${JSON.stringify({ scale: 'city', size, machine: machine(), curves }, null, 2)}\n`);
    const missed = curves.filter((curve) => meetsCurve(curve) === false);
    if (missed.length > 0) {
      console.log(`Missed: ${missed.map((curve) => curve.name).join('; ')}.`);
      process.exitCode = 1;
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  if (process.argv.includes('--scale')) {
    const scale = process.argv[process.argv.indexOf('--scale') + 1];
    if (scale !== 'city') throw new Error(`Unknown scale ${scale ?? '(none)'}: the bench knows --scale city.`);
    const fraction = process.argv.includes('--fraction') ? Number(process.argv[process.argv.indexOf('--fraction') + 1]) : 1;
    if (!(fraction > 0 && fraction <= 1)) throw new Error('--fraction takes a number above 0 and at most 1.');
    return city(fraction);
  }
  if (!fs.existsSync(path.join(dist, 'renderer', 'index.html')) || !fs.existsSync(path.join(dist, 'web', 'bridge.js'))) {
    throw new Error('The bench opens the built app: run `npm run build` first (`npm run bench` does).');
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kh-bench-'));
  const today = localToday();
  const browser = await launchChromium();
  try {
    const bundle = path.join(work, 'main-side.cjs');
    await bundleMainSide(bundle);
    const files = (databaseFile: string) => ({ bundle, databaseFile, distFolder: dist, migrationsFolder: migrations, version: sourceAppVersion() });
    const demo = demoDatabase(path.join(work, 'demo', 'demo.sqlite'), migrations, today);
    console.log(`Building the large database (${LARGE.units} units × ${LARGE.years} years × ${LARGE.answersPerPlan} answers) in ${work} …`);
    const large = await buildDatabase(path.join(work, 'large', 'large.sqlite'), migrations, LARGE, today);
    console.log(`Built ${large.answers} answers in ${large.seconds.toFixed(0)} s.`);
    const bytesPerAnswer = fs.statSync(large.file).size / large.answers;

    const baseline = await firstRenderSession(browser, files(demo.file), demo.planId, false);
    await baseline.mainSide.stop();
    const newest = large.plans.map((unit) => unit.planIds.at(-1)!);
    const session = await firstRenderSession(browser, files(large.file), newest[0]!, true);
    console.log('Measuring answers, aggregates, export and import in the main-side process …');
    const oldestOfLastUnit = { planId: large.plans.at(-1)!.planIds[0]!, date: `${Number(today.slice(0, 4)) - LARGE.years + 1}-06-15` };
    const figures = await session.mainSide.measure({
      today,
      planId: newest[0]!,
      answers: { ...oldestOfLastUnit, count: ANSWERS_TIMED },
      exportPlanIds: newest,
      workFolder: path.join(work, 'bundles'),
    });
    const memory = await session.mainSide.stop();
    console.log(`Building a register of ${REGISTER.reports} reports (and ${REGISTER.previousYear} the year before) and compiling it …`);
    const register = buildRegister(path.join(work, 'reports', 'reports.sqlite'), migrations, Number(today.slice(0, 4)));
    const compilation = (() => {
      try {
        return measureCompilation(register, today);
      } finally {
        register.database.close();
      }
    })();

    const all: Figure[] = [
      ...figures,
      compilation,
      {
        name: 'Harness start → first Översikt with data in Chromium',
        value: session.firstRenderMs / 1000,
        unit: 's',
        baseline: { name: 'same with the demo database', value: baseline.firstRenderMs / 1000 },
        target: { below: 1.5 },
      },
      {
        name: 'Peak memory (RSS) of the main-side process',
        value: memory.peakRssMb,
        unit: 'MB',
        baseline: { name: 'same process before opening the database', value: memory.rssBeforeDatabaseMb },
        target: { below: 300 },
      },
      { name: 'Database bytes per answer (large database)', value: bytesPerAnswer, unit: 'B', baseline: null, target: { below: 300 } },
    ];
    console.log(`\n${formatTable(all)}\n\nMachine: ${machine()}.`);
    fs.writeFileSync(RESULTS_FILE, `${JSON.stringify({ scale: 'default', machine: machine(), figures: all }, null, 2)}\n`);
    const missed = missedTargets(all);
    if (missed.length > 0) {
      console.log(`Missed: ${missed.map((figure) => figure.name).join('; ')}.`);
      process.exitCode = 1;
    }
  } finally {
    await browser.close();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
