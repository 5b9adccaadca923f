import type { Dirent } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { isDeviceFolder, isHousekeeping, parseFileName, type SyncFileKind } from '../../../shared/sync/file-format';

export interface ListedFile {
  device: string;
  name: string;
  kind: SyncFileKind;
  stamp: string;
  path: string;
}

export interface FolderListing {
  files: ListedFile[];
  /** What does not belong in the sync folder, relative to it: left alone, and shown as a warning. */
  foreign: string[];
}

/** The sync folder as it stands: each device's files by name, without reading any of them. */
export async function listSyncFolder(root: string): Promise<FolderListing> {
  const files: ListedFile[] = [];
  const foreign: string[] = [];
  const entries = await fs.readdir(root, { withFileTypes: true });
  for (const entry of entries) {
    if (isHousekeeping(entry.name)) continue;
    if (!entry.isDirectory() || !isDeviceFolder(entry.name)) {
      foreign.push(entry.name);
      continue;
    }
    const device = entry.name;
    const inside: Dirent[] = await fs.readdir(path.join(root, device), { withFileTypes: true });
    for (const file of inside) {
      if (isHousekeeping(file.name)) continue;
      const parsed = parseFileName(file.name);
      if (!parsed || !file.isFile()) {
        foreign.push(`${device}/${file.name}`);
        continue;
      }
      files.push({ device, name: file.name, ...parsed, path: path.join(root, device, file.name) });
    }
  }
  files.sort((a, b) => (a.stamp < b.stamp ? -1 : a.stamp > b.stamp ? 1 : 0));
  return { files, foreign };
}

/** Lets the event loop breathe between slices of work, so the window stays responsive during a long round. */
export const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));
