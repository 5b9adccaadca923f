import fs from 'node:fs/promises';
import path from 'node:path';
import { FolderError, folderProblem } from './folder-problem';
import { writeFileVerified } from './write-verified';

/** Whether a folder can take files right now: reached, written to, read back, and cleaned up after. */
export async function checkFolder(folder: string, probeName: string): Promise<{ ok: boolean; message: string }> {
  try {
    const stat = await fs.stat(folder);
    if (!stat.isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
    const written = await writeFileVerified(folder, probeName, new TextEncoder().encode('Kvalitetshjulet provar att skriva här.'));
    await fs.rm(written.path, { force: true });
    return { ok: true, message: `Mappen ${path.normalize(folder)} går att nå, och programmet kan skriva i den.` };
  } catch (error) {
    return { ok: false, message: error instanceof FolderError ? error.message : folderProblem(error, folder).message };
  }
}
