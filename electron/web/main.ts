import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { startAppServices } from '../app/app-services';
import { sourceAppVersion } from '../services/app-version';
import { commandLineExplanation } from '../services/backups/recovery';
import { sourceMigrationsFolder } from '../services/paths';
import { startWebHarness } from './server';

const root = fileURLToPath(new URL('../..', import.meta.url));

const usage = `Användning: npm run web -- [--db <fil>] [--port <nummer>]

Startar Kvalitetshjulet i webbläget (för utveckling och test) på 127.0.0.1.
  --db <fil>       databasfilen (standard: .data/web.sqlite i projektet)
  --port <nummer>  porten (standard: en ledig port)`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { db: { type: 'string' }, port: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log(usage);
    return;
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Ogiltig port: ${values.port}. Ange ett heltal mellan 1 och 65535.\n\n${usage}`);
    process.exitCode = 2;
    return;
  }
  const databaseFile = path.resolve(values.db ?? path.join(root, '.data', 'web.sqlite'));
  const services = startAppServices({
    databaseFile,
    migrationsFolder: sourceMigrationsFolder,
    version: sourceAppVersion(),
    runtime: 'web-harness',
    dailyBackups: true,
    retryExports: true,
    autoSync: true,
  });
  const harness = await startWebHarness({
    dispatcher: services.dispatcher,
    rendererDir: path.join(root, 'dist', 'renderer'),
    bridgeFile: path.join(root, 'dist', 'web', 'bridge.js'),
    port,
  });
  console.log(`Kvalitetshjulet körs i webbläget.\nDatabas: ${databaseFile}\nÖppna: ${harness.url}\nAvsluta med Ctrl+C.`);
  const stop = () => {
    void harness.close().then(() => {
      services.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? commandLineExplanation(error) : error);
  process.exitCode = 1;
});
