import fs from 'node:fs/promises';
import path from 'node:path';
import { localized, type LocalizedMessage } from '../../../shared/errors';
import { FolderError, folderProblem } from './folder-problem';
import { writeFileVerified } from './write-verified';

/** Whether a folder can take files right now: reached, written to, read back, and cleaned up after. */
export async function checkFolder(folder: string, probeName: string): Promise<{ ok: boolean } & LocalizedMessage> {
  try {
    const stat = await fs.stat(folder);
    if (!stat.isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
    const written = await writeFileVerified(folder, probeName, new TextEncoder().encode('Kvalitetshjulet provar att skriva här.'));
    await fs.rm(written.path, { force: true });
    return { ok: true, ...localized('folders.reachable', { folder: path.normalize(folder) }) };
  } catch (error) {
    const { key, params, message } = error instanceof FolderError ? error.problem : folderProblem(error, folder);
    return { ok: false, key, params, message };
  }
}
