import fs from 'node:fs/promises';
import path from 'node:path';
import { MANIFEST_FILE } from '../../../shared/bundle/format';
import { FolderError } from '../shared-folder/folder-problem';
import { sha256Of, writeFileVerified } from '../shared-folder/write-verified';
import { parseManifest } from './verify-bundle';
import { unpackZip } from './zip-archive';

export interface PendingExport {
  fileName: string;
  unitName: string;
  year: number;
  exportedAt: string;
  size: number;
}

export interface Delivery {
  fileName: string;
  folder: string;
  unitName: string;
  year: number;
  exportedAt: string;
  /** When the bundle was in the shared folder, read back and found identical. */
  verifiedAt: string;
}

/**
 * Bundles waiting for the shared folder. An export is first written whole into this local folder,
 * so a share that is away, read-only or full loses nothing: the bundle waits here until delivered.
 */
export function createOutbox(folder: string) {
  async function names(): Promise<string[]> {
    const entries = await fs.readdir(folder).catch(() => [] as string[]);
    return entries.filter((name) => name.endsWith('.zip') && !name.startsWith('.')).sort();
  }

  return {
    folder,
    async put(fileName: string, bytes: Uint8Array): Promise<void> {
      await fs.mkdir(folder, { recursive: true });
      await writeFileVerified(folder, fileName, bytes);
    },
    async pending(): Promise<PendingExport[]> {
      const list: PendingExport[] = [];
      for (const fileName of await names()) {
        const bytes = await fs.readFile(path.join(folder, fileName));
        const manifest = parseManifest(unpackZip(bytes, fileName, (name) => name === MANIFEST_FILE)[MANIFEST_FILE], fileName);
        list.push({ fileName, unitName: manifest.unit.name, year: manifest.year, exportedAt: manifest.exportedAt, size: bytes.length });
      }
      return list;
    },
    /** Moves every waiting bundle to the shared folder, oldest first; stops at the first problem with the folder. */
    async deliver(target: string, now: () => string): Promise<Delivery[]> {
      const delivered: Delivery[] = [];
      for (const item of await this.pending()) {
        const bytes = await fs.readFile(path.join(folder, item.fileName));
        try {
          await writeFileVerified(target, item.fileName, bytes);
        } catch (error) {
          // Written by an earlier attempt that stopped before the local copy was removed.
          const same = error instanceof FolderError && error.problem.kind === 'exists' && (await sameFile(path.join(target, item.fileName), bytes));
          if (!same) throw error;
        }
        await fs.rm(path.join(folder, item.fileName));
        delivered.push({ fileName: item.fileName, folder: target, unitName: item.unitName, year: item.year, exportedAt: item.exportedAt, verifiedAt: now() });
      }
      return delivered;
    },
  };
}

async function sameFile(file: string, bytes: Uint8Array): Promise<boolean> {
  const there = await fs.readFile(file).catch(() => null);
  return there !== null && sha256Of(there) === sha256Of(bytes);
}

export type Outbox = ReturnType<typeof createOutbox>;
