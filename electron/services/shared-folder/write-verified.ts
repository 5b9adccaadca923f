import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { localized } from '../../../shared/errors';
import { FolderError, folderProblem } from './folder-problem';

export interface WrittenFile {
  path: string;
  size: number;
  sha256: string;
}

export const sha256Of = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** The target name is taken: never overwritten, so this is not worth retrying under the same name. */
class TargetTaken extends Error {}

async function exists(file: string): Promise<boolean> {
  return fs.stat(file).then(
    () => true,
    () => false,
  );
}

async function writeWhole(file: string, bytes: Uint8Array): Promise<void> {
  const handle = await fs.open(file, 'wx');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** The directory entry of the rename must reach the disk too; shares and Windows may refuse to open a folder for that. */
async function syncFolder(folder: string): Promise<void> {
  const handle = await fs.open(folder, 'r').catch(() => undefined);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close();
}

/**
 * Writes a file into a folder that may be a slow or flaky share: beside the target under a
 * temporary name, flushed, renamed, then read back and compared. An existing file is never
 * overwritten, and on any failure nothing is left under the target name.
 */
export async function writeFileVerified(folder: string, name: string, bytes: Uint8Array): Promise<WrittenFile> {
  const target = path.join(folder, name);
  const temporary = path.join(folder, `.${name}.${randomUUID()}.tmp`);
  const sha256 = sha256Of(bytes);
  let renamed = false;
  try {
    await fs.stat(folder);
    if (await exists(target)) throw new TargetTaken();
    await writeWhole(temporary, bytes);
    if (await exists(target)) throw new TargetTaken();
    await fs.rename(temporary, target);
    renamed = true;
    await syncFolder(folder);
    const readBack = await fs.readFile(target);
    if (readBack.length !== bytes.length || sha256Of(readBack) !== sha256) {
      throw new FolderError({ kind: 'damaged', retryable: true, ...localized('folders.writtenDiffers', { name, folder }) });
    }
    return { path: target, size: bytes.length, sha256 };
  } catch (error) {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    if (renamed) await fs.rm(target, { force: true }).catch(() => undefined);
    if (error instanceof TargetTaken) {
      throw new FolderError({ kind: 'exists', retryable: false, ...localized('folders.exists', { name, folder }) });
    }
    throw new FolderError(folderProblem(error, folder));
  }
}
