import fs from 'node:fs';
import path from 'node:path';
import { verifyBundleFile } from '../../electron/services/bundle/bundle-import';
import { unpackZip } from '../../electron/services/bundle/zip-archive';
import type { AppServices } from '../../electron/app/app-services';
import { writeFileVerified } from '../../electron/services/shared-folder/write-verified';
import { DATA_FILE } from '../../shared/bundle/format';
import type { Figure } from './report';

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

/**
 * Every given plan exported as the app does it (data, documents, zip, verified, through the
 * outbox into the shared folder) and the delivered file verified as an importer would; against
 * the floor of delivery alone: the same bytes written beside, flushed and read back with SHA-256.
 * Returns the slowest export and the delivered files.
 */
export async function measureExports(services: AppServices, planIds: string[], sharedFolder: string, scratch: string): Promise<{ figure: Figure; files: string[] }> {
  for (const folder of [sharedFolder, scratch]) fs.mkdirSync(folder, { recursive: true });
  services.repos.settings.setSharedFolder(sharedFolder);
  const exports: number[] = [];
  const floors: number[] = [];
  const files: string[] = [];
  for (const planId of planIds) {
    const { ms, value: file } = await timed(async () => {
      const outcome = await services.bundles.export.exportPlan(planId);
      if (!outcome.delivered) throw new Error(`${outcome.fileName} was not delivered: ${outcome.status.problem ?? 'unknown reason'}`);
      const delivered = path.join(sharedFolder, outcome.fileName);
      await verifyBundleFile(delivered);
      return delivered;
    });
    exports.push(ms);
    files.push(file);
    const bytes = fs.readFileSync(file);
    floors.push((await timed(() => writeFileVerified(scratch, path.basename(file), bytes))).ms);
  }
  return {
    files,
    figure: {
      name: `Export + verify of a unit-year, slowest of ${planIds.length}`,
      value: Math.max(...exports) / 1000,
      unit: 's',
      baseline: { name: 'write + read back same bytes', value: Math.max(...floors) / 1000 },
      target: { below: 2 },
    },
  };
}

/** The bundles imported into an empty database, against reading, unzipping and parsing the same files. */
export async function measureImport(empty: AppServices, files: string[]): Promise<Figure> {
  const { ms, value: results } = await timed(() => empty.bundles.import.importFiles(files));
  const refused = results.filter((result) => result.kind !== 'imported');
  if (refused.length > 0) throw new Error(`Import refused: ${refused.map((result) => result.message).join('; ')}`);
  const floor = await timed(async () => {
    for (const file of files) {
      const bytes = await fs.promises.readFile(file);
      JSON.parse(new TextDecoder().decode(unpackZip(bytes, path.basename(file))[DATA_FILE]));
    }
  });
  return {
    name: `Import of ${files.length} bundles into an empty database`,
    value: ms / 1000,
    unit: 's',
    baseline: { name: 'read + unzip + parse same files', value: floor.ms / 1000 },
    target: { below: 10 },
  };
}
