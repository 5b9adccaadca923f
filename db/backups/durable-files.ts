import fs from 'node:fs';

/** Forces a file's bytes to the disk, so a power cut after the rename cannot leave an empty file. */
export function flushFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Forces a rename in this folder to the disk. Windows cannot open a folder for that and needs no help: there it is skipped. */
export function flushFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(folder, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Best effort: the rename itself has already happened.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Moves a finished `*.partial` file onto its real name durably. */
export function commitPartial(partial: string, target: string, folder: string): void {
  flushFile(partial);
  fs.renameSync(partial, target);
  flushFolder(folder);
}
