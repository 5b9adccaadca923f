import fs from 'node:fs/promises';
import path from 'node:path';
import { MANIFEST_FILE } from '../../../shared/bundle/format';
import type { Delivery, PendingExport } from '../../../shared/ipc/bundles';
import { FolderError } from '../shared-folder/folder-problem';
import { sha256Of, writeFileVerified } from '../shared-folder/write-verified';
import { parseManifest } from './verify-bundle';
import { unpackZip } from './zip-archive';

/** What the outbox lists of a waiting bundle, read from its manifest. */
type WaitingBundle = Pick<PendingExport, 'unitName' | 'year' | 'exportedAt'>;

function waitingBundle(bytes: Uint8Array, fileName: string): WaitingBundle {
  const manifest = parseManifest(unpackZip(bytes, fileName, (name) => name === MANIFEST_FILE)[MANIFEST_FILE], fileName);
  return { unitName: manifest.unit.name, year: manifest.year, exportedAt: manifest.exportedAt };
}

/**
 * Bundles waiting for the shared folder. An export is first written whole into this local folder,
 * so a share that is away, read-only or full loses nothing: the bundle waits here until delivered.
 */
export function createOutbox(folder: string) {
  // The export status lists the waiting bundles every time it is asked; a bundle is read once
  // and known again by its size and modification time until it changes or leaves.
  const known = new Map<string, { size: number; mtimeMs: number; bundle: WaitingBundle }>();

  async function names(): Promise<string[]> {
    const entries = await fs.readdir(folder).catch(() => [] as string[]);
    return entries.filter((name) => name.endsWith('.zip') && !name.startsWith('.')).sort();
  }

  const target = (fileName: string) => fs.readFile(path.join(folder, targetFile(fileName)), 'utf8').catch(() => null);

  async function waiting(fileName: string): Promise<PendingExport> {
    const file = path.join(folder, fileName);
    const { size, mtimeMs } = await fs.stat(file);
    let seen = known.get(fileName);
    if (!seen || seen.size !== size || seen.mtimeMs !== mtimeMs) {
      seen = { size, mtimeMs, bundle: waitingBundle(await fs.readFile(file), fileName) };
      known.set(fileName, seen);
    }
    return { fileName, ...seen.bundle, size, target: await target(fileName) };
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
      const list = await Promise.all((await names()).map(waiting));
      for (const fileName of known.keys()) if (!list.some((item) => item.fileName === fileName)) known.delete(fileName);
      return list;
    },
    /** Moves every waiting bundle to its folder, oldest first, reading each once; stops at the first problem with a folder. */
    async deliver(sharedFolder: string | null, now: () => string): Promise<Delivery[]> {
      const delivered: Delivery[] = [];
      for (const fileName of await names()) {
        const goal = (await target(fileName)) ?? sharedFolder;
        if (!goal) continue;
        const bytes = await fs.readFile(path.join(folder, fileName));
        const bundle = waitingBundle(bytes, fileName);
        try {
          await writeFileVerified(goal, fileName, bytes);
        } catch (error) {
          // Written by an earlier attempt that stopped before the local copy was removed.
          const same = error instanceof FolderError && error.problem.kind === 'exists' && (await sameFile(path.join(goal, fileName), bytes));
          if (!same) throw error;
        }
        await fs.rm(path.join(folder, fileName));
        await fs.rm(path.join(folder, targetFile(fileName)), { force: true });
        known.delete(fileName);
        delivered.push({ fileName, folder: goal, ...bundle, verifiedAt: now() });
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
