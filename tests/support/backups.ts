import fs from 'node:fs';
import Database from 'better-sqlite3';
import { fillDemoData } from '../../db/demo';
import { testServices } from './services';
import { tempDbFile } from './temp-db';

let demoTemplate: string | null = null;

/** A closed database file with the demo unit's year of data, copied fresh for each caller (the demo takes seconds to build). */
export function demoDatabaseFile(): string {
  if (!demoTemplate) {
    const services = testServices();
    fillDemoData(services.repos, '2026-03-31');
    services.close();
    demoTemplate = services.database.file;
  }
  const file = tempDbFile();
  fs.copyFileSync(demoTemplate, file);
  return file;
}

/** Overwrites pages in the middle of a database file with garbage, as a failing disk might. */
export function damagePages(file: string): void {
  const bytes = fs.readFileSync(file);
  const pageSize = 4096;
  const middle = Math.floor(bytes.length / pageSize / 2) * pageSize;
  bytes.fill(0x5a, middle - 4 * pageSize, middle + 4 * pageSize);
  fs.writeFileSync(file, bytes);
}

/** Every row of every table of an open connection, so two databases can be compared exactly. */
export function allRows(sqlite: Database.Database): string {
  const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
  return JSON.stringify(tables.map((table) => [table, sqlite.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).raw().all()]));
}

export function allRowsOfFile(file: string): string {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return allRows(sqlite);
  } finally {
    sqlite.close();
  }
}

export function filesIn(folder: string): string[] {
  return fs.existsSync(folder) ? fs.readdirSync(folder).sort() : [];
}

