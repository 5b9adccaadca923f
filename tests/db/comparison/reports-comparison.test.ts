import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type OpenDatabase } from '../../../db/connection';
import { createRepositories, type Repositories } from '../../../db/repositories';
import { comparedRegisters, SMALL_REGISTER_UNIT as SMALL } from '../../support/compared-registers';
import { REGISTER_UNIT } from '../../support/reports-register';
import { frozenClock, migrationsFolder, tempDbFile } from '../../support/temp-db';

let database: OpenDatabase;
let repos: Repositories;

beforeAll(() => {
  database = openDatabase(tempDbFile(), { migrationsFolder });
  repos = createRepositories(database.db, frozenClock());
  comparedRegisters(repos);
});
afterAll(() => database.close());

describe('the registers in Jämför enheter', () => {
  it('gives each unit its reports per kind and category, open lex Sarah and median days to investigate, counted by hand', () => {
    const comparison = repos.comparison.forYear(2026);
    expect(comparison.units.map((unit) => unit.name)).toEqual([REGISTER_UNIT, SMALL]);
    const { reports } = comparison;
    expect(Object.fromEntries(reports.kinds.map((row) => [row.kind, row.counts]))).toEqual({
      avvikelse: [17, 1],
      klagomal: [9, 0],
      synpunkt: [6, 0],
      lex_sarah: [5, 1],
      tillsyn: [3, 0],
    });
    // Avvikelser om dokumentation: 1, 2, 3, 17, 18, 19, 23, 31.
    expect(reports.categories.find((row) => row.kind === 'avvikelse' && row.category === 'Dokumentation')!.counts).toEqual([8, 0]);
    expect(reports.categories.find((row) => row.kind === 'avvikelse' && row.category === 'Ingen kategori')!.counts).toEqual([0, 1]);
    // Nothing of the fixture is closed: all five lex Sarah reports are open.
    expect(reports.openLexSarah).toEqual([5, 1]);
    // The fixture's 27 investigated reports of 2026 took 1, 5, 6, 6, 6, 6, 7, 7, 8, 9, 11, 12, 12, 13, 13, 15, 18, 19, 21, 23, 28, 36, 45, 46, 49, 51 and 52 days.
    expect(reports.medianDaysToInvestigate).toEqual([13, 3]);
  });
});
