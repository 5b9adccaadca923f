import { openDatabase } from '../../db/connection';
import { createRepositories, type Repositories } from '../../db/repositories';
import { frozenClock, migrationsFolder, tempDbFile } from './temp-db';

export interface TestRepos {
  repos: Repositories;
  close(): void;
}

/** Repositories on a fresh SQLite file with a frozen clock: db tests need nothing of electron/. */
export function testRepos(file = tempDbFile()): TestRepos {
  const database = openDatabase(file, { migrationsFolder });
  return { repos: createRepositories(database.db, frozenClock()), close: () => database.close() };
}
