import fs from 'node:fs/promises';
import path from 'node:path';
import type { Clock } from '../../../db/clock';
import type { Repositories } from '../../../db/repositories';
import { BUNDLE_LIMITS, MANIFEST_FILE } from '../../../shared/bundle/format';
import type { BundleListing, FolderScan, ImportResult } from '../../../shared/ipc/bundles';
import { AppError, localized, type LocalizedMessage } from '../../../shared/errors';
import { folderProblem } from '../shared-folder/folder-problem';
import { bundleError } from './bundle-error';
import { parseManifest, verifyBundleBytes, type VerifiedBundle } from './verify-bundle';
import { unpackZip } from './zip-archive';

const when = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;

/** Reads a bundle file whole, refusing anything too big to be one before reading it. */
export async function readBundleFile(file: string): Promise<Uint8Array> {
  const name = path.basename(file);
  const stat = await fs.stat(file).catch((error: unknown) => {
    throw AppError.of('NOT_FOUND', folderProblem(error, path.dirname(file)));
  });
  if (!stat.isFile()) throw bundleError('bundles.notAFile', { file: name });
  if (stat.size > BUNDLE_LIMITS.bundleBytes) throw bundleError('bundles.fileTooLarge', { file: name, megabytes: Math.round(stat.size / 1e6) });
  return fs.readFile(file);
}

export async function verifyBundleFile(file: string): Promise<VerifiedBundle> {
  return verifyBundleBytes(await readBundleFile(file), path.basename(file));
}

type Described = Pick<ImportResult, 'kind' | 'key' | 'params' | 'message'>;

function describe(bundle: VerifiedBundle, outcome: ReturnType<Repositories['bundles']['import']>): Described {
  const { unit, year, exportedAt } = bundle.manifest;
  const exported = when(exportedAt);
  if (outcome.kind === 'unchanged') return { kind: 'unchanged', ...localized('bundles.unchanged', { unit: unit.name, year }) };
  if (outcome.kind === 'older') {
    return { kind: 'older', ...localized('bundles.older', { unit: unit.name, year, current: when(outcome.currentExportedAt), exported }) };
  }
  if (outcome.replacedExportedAt) {
    return { kind: 'replaced', ...localized('bundles.replaced', { unit: unit.name, year, exported, replaced: when(outcome.replacedExportedAt) }) };
  }
  return { kind: 'imported', ...localized('bundles.imported', { unit: unit.name, year, exported }) };
}

function refusal(error: unknown, file: string): LocalizedMessage {
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT')) return localized('bundles.constraint');
  if (error instanceof AppError) return { key: error.key, params: error.params, message: error.message };
  return localized('bundles.fileProblem', { file: path.basename(file), problem: (error as Error).message });
}

/** Bundles are untrusted: each is verified whole first, then written in one transaction or not at all. */
export function createBundleImport(repos: Repositories, clock: Clock) {
  async function importOne(file: string): Promise<ImportResult> {
    let bundle: VerifiedBundle | null = null;
    try {
      bundle = await verifyBundleFile(file);
      const { manifest } = bundle;
      const outcome = repos.bundles.import(bundle.data, {
        bundleId: manifest.bundleId,
        exportedAt: manifest.exportedAt,
        fileName: path.basename(file),
        sha256: bundle.sha256,
        importedAt: clock.now(),
      });
      return { file, unitName: manifest.unit.name, year: manifest.year, exportedAt: manifest.exportedAt, ...describe(bundle, outcome) };
    } catch (error) {
      const manifest = bundle?.manifest;
      return { file, kind: 'refused', unitName: manifest?.unit.name ?? null, year: manifest?.year ?? null, exportedAt: manifest?.exportedAt ?? null, ...refusal(error, file) };
    }
  }

  return {
    verify: verifyBundleFile,
    /** One bundle at a time; whatever the order, the newest export of a unit's year is the one that stays. */
    async importFiles(files: string[]): Promise<ImportResult[]> {
      const results: ImportResult[] = [];
      for (const file of files) results.push(await importOne(file));
      return results;
    },
    /** The bundles in a folder and the folders right under it (one per unit is common), with what the database holds of each. */
    async scan(folder: string): Promise<FolderScan> {
      const entries = await fs.readdir(folder, { withFileTypes: true }).catch((error: unknown) => {
        throw AppError.of('NOT_FOUND', folderProblem(error, folder));
      });
      const files = entries.filter((entry) => entry.isFile()).map((entry) => path.join(folder, entry.name));
      for (const entry of entries.filter((item) => item.isDirectory())) {
        const inner = await fs.readdir(path.join(folder, entry.name), { withFileTypes: true }).catch(() => []);
        files.push(...inner.filter((item) => item.isFile()).map((item) => path.join(folder, entry.name, item.name)));
      }
      const held = new Map(repos.bundles.imported().map((row) => [`${row.unitId}/${row.year}`, row]));
      const listings: BundleListing[] = [];
      const unreadable: FolderScan['unreadable'] = [];
      for (const file of files.filter((name) => name.endsWith('.zip') && !path.basename(name).startsWith('.'))) {
        const manifest = await readBundleFile(file)
          .then((bytes) => parseManifest(unpackZip(bytes, path.basename(file), (name) => name === MANIFEST_FILE)[MANIFEST_FILE], path.basename(file)))
          .catch((error: unknown) => {
            unreadable.push({ file, ...refusal(error, file) });
            return null;
          });
        if (!manifest) continue;
        const current = held.get(`${manifest.unit.id}/${manifest.year}`);
        const state = current?.bundleId === manifest.bundleId ? 'imported' : current && current.exportedAt >= manifest.exportedAt ? 'older' : 'new';
        listings.push({ file, unitName: manifest.unit.name, year: manifest.year, exportedAt: manifest.exportedAt, state });
      }
      listings.sort((a, b) => a.unitName.localeCompare(b.unitName, 'sv') || a.year - b.year || a.exportedAt.localeCompare(b.exportedAt));
      return { folder, bundles: listings, unreadable };
    },
  };
}

export type BundleImport = ReturnType<typeof createBundleImport>;
