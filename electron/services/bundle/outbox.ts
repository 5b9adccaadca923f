import fs from 'node:fs/promises';
import path from 'node:path';
import { MANIFEST_FILE } from '../../../shared/bundle/format';
import type { Delivery, PendingExport } from '../../../shared/ipc/bundles';
import { FolderError } from '../shared-folder/folder-problem';
import { sha256Of, writeFileVerified } from '../shared-folder/write-verified';
import { parseManifest } from './verify-bundle';
import { unpackZip } from './zip-archive';

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
    async put(fileName: string, bytes: Uint8Array, target: string | null = null): Promise<void> {
      await fs.mkdir(folder, { recursive: true });
      // The target goes first, so a bundle in the outbox always knows where it is going.
      if (target) await writeFileVerified(folder, targetFile(fileName), new TextEncoder().encode(target));
      await writeFileVerified(folder, fileName, bytes);
    },
    async pending(): Promise<PendingExport[]> {
      const list: PendingExport[] = [];
      for (const fileName of await names()) {
        const bytes = await fs.readFile(path.join(folder, fileName));
        const manifest = parseManifest(unpackZip(bytes, fileName, (name) => name === MANIFEST_FILE)[MANIFEST_FILE], fileName);
        const target = await fs.readFile(path.join(folder, targetFile(fileName)), 'utf8').catch(() => null);
        list.push({ fileName, unitName: manifest.unit.name, year: manifest.year, exportedAt: manifest.exportedAt, size: bytes.length, target });
      }
      return list;
    },
    /** Moves every waiting bundle to its folder, oldest first; stops at the first problem with a folder. */
    async deliver(sharedFolder: string | null, now: () => string): Promise<Delivery[]> {
      const delivered: Delivery[] = [];
      for (const item of await this.pending()) {
        const target = item.target ?? sharedFolder;
        if (!target) continue;
        const bytes = await fs.readFile(path.join(folder, item.fileName));
        try {
          await writeFileVerified(target, item.fileName, bytes);
        } catch (error) {
          // Written by an earlier attempt that stopped before the local copy was removed.
          const same = error instanceof FolderError && error.problem.kind === 'exists' && (await sameFile(path.join(target, item.fileName), bytes));
          if (!same) throw error;
        }
        await fs.rm(path.join(folder, item.fileName));
        await fs.rm(path.join(folder, targetFile(item.fileName)), { force: true });
        delivered.push({ fileName: item.fileName, folder: target, unitName: item.unitName, year: item.year, exportedAt: item.exportedAt, verifiedAt: now() });
      }
      return delivered;
    },
  };
}

const targetFile = (fileName: string) => `${fileName}.target`;

async function sameFile(file: string, bytes: Uint8Array): Promise<boolean> {
  const there = await fs.readFile(file).catch(() => null);
  return there !== null && sha256Of(there) === sha256Of(bytes);
}

export type Outbox = ReturnType<typeof createOutbox>;
