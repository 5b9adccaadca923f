import fs from 'node:fs';
import path from 'node:path';
import { startAppServices, type AppServices } from '../../../electron/app/app-services';
import { startWebHarness, type WebHarness } from '../../../electron/web/server';

const rendererDir = path.resolve('dist/renderer');
const bridgeFile = path.resolve('dist/web/bridge.js');

/** The browser tests drive the built app, so a missing build must say so instead of timing out on an empty page. */
export function assertBuilt(): void {
  const missing = [path.join(rendererDir, 'index.html'), bridgeFile].filter((file) => !fs.existsSync(file));
  if (missing.length > 0) {
    throw new Error(
      `The e2e tests need the built app, but ${missing.map((file) => path.relative(process.cwd(), file)).join(' and ')} ` +
        'is missing. Run `npm run build` first (`npm test` does it for you).',
    );
  }
}

export interface RunningWebApp {
  services: AppServices;
  harness: WebHarness;
  stop(): Promise<void>;
}

/** The real services on a SQLite file and the web harness in this process, as `npm run web` would start them. */
export async function startWebApp(databaseFile: string, prepare?: (services: AppServices) => void): Promise<RunningWebApp> {
  assertBuilt();
  const services = startAppServices({
    databaseFile,
    migrationsFolder: path.resolve('db/migrations'),
    version: 'test',
    runtime: 'web-harness',
  });
  try {
    prepare?.(services);
    const harness = await startWebHarness({ dispatcher: services.dispatcher, rendererDir, bridgeFile });
    return {
      services,
      harness,
      async stop() {
        await harness.close();
        services.close();
      },
    };
  } catch (error) {
    services.close();
    throw error;
  }
}
