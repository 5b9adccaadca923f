import fs from 'node:fs';
import path from 'node:path';
import { startAppServices, type AppServices } from '../../electron/app/app-services';
import { startWebHarness } from '../../electron/web/server';
import { measureAggregates } from './aggregates';
import { measureAnswerWrites } from './answer-writes';
import { measureExports, measureImport } from './bundles';
import type { FromMainSide, MeasureJob, ToMainSide } from './protocol';
import { wallClock } from './protocol';
import type { Figure } from './report';

/**
 * The main side of the app as the web harness runs it, in a process of its own so that its
 * memory is its own: started by the bench, it serves the page and then runs the measurements.
 */
const [databaseFile, distFolder, migrationsFolder, version] = process.argv.slice(2) as [string, string, string, string];
const send = (message: FromMainSide) => process.send!(message);
const MB = 1024 * 1024;

/**
 * The most this process has held in memory at any moment. Linux's VmHWM belongs to this program
 * alone; getrusage's maxRSS also counts the parent it was forked from, which built the database.
 */
function peakRssBytes(): number {
  const status = fs.existsSync('/proc/self/status') ? fs.readFileSync('/proc/self/status', 'utf8') : '';
  const kilobytes = /^VmHWM:\s+(\d+) kB/m.exec(status)?.[1];
  return kilobytes ? Number(kilobytes) * 1024 : process.resourceUsage().maxRSS * 1024;
}

function startServices(file: string): AppServices {
  return startAppServices({ databaseFile: file, migrationsFolder, version, runtime: 'web-harness' });
}

/** Answers first, while the disk is quiet: the bundles written after them would keep it busy flushing for a while. */
async function measure(services: AppServices, job: MeasureJob): Promise<Figure[]> {
  const answers = await measureAnswerWrites(services, job.answers.planId, job.answers.date, job.answers.count);
  const aggregates = measureAggregates(services.repos, services.database.sqlite, job.planId, job.today);
  const exported = await measureExports(services, job.exportPlanIds, path.join(job.workFolder, 'shared'), path.join(job.workFolder, 'floor'));
  const empty = startServices(path.join(job.workFolder, 'import', 'empty.sqlite'));
  const imported = await measureImport(empty, exported.files).finally(() => empty.close());
  return [...answers, ...aggregates, exported.figure, imported];
}

async function main(): Promise<void> {
  const rssBeforeDatabase = process.memoryUsage().rss;
  const startedAt = wallClock();
  const services = startServices(databaseFile);
  const harness = await startWebHarness({
    dispatcher: services.dispatcher,
    rendererDir: path.join(distFolder, 'renderer'),
    bridgeFile: path.join(distFolder, 'web', 'bridge.js'),
  });
  send({ kind: 'ready', url: harness.url, startedAt });
  process.on('message', (message: ToMainSide) => {
    if (message.kind === 'measure') {
      fs.mkdirSync(message.job.workFolder, { recursive: true });
      measure(services, message.job).then(
        (figures) => send({ kind: 'figures', figures }),
        (error: unknown) => send({ kind: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
      );
    } else {
      void harness.close().then(() => {
        services.close();
        send({ kind: 'stopped', peakRssMb: peakRssBytes() / MB, rssBeforeDatabaseMb: rssBeforeDatabase / MB });
        process.disconnect();
      });
    }
  });
}

main().catch((error: unknown) => {
  send({ kind: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  process.disconnect();
});
