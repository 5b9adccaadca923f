import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Clock } from '../../db/clock';

export const migrationsFolder = path.resolve('db/migrations');

export function tempDir(prefix = 'kh-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function tempDbFile(): string {
  return path.join(tempDir(), 'kvalitetshjulet.sqlite');
}

/** A clock that starts at a fixed instant and ticks one second per call, with predictable ids. */
export function frozenClock(start = '2026-03-31T08:00:00.000Z'): Clock {
  let tick = 0;
  let ids = 0;
  const base = Date.parse(start);
  return {
    now: () => new Date(base + 1000 * tick++).toISOString(),
    newId: () => `00000000-0000-4000-8000-${(++ids).toString().padStart(12, '0')}`,
  };
}
