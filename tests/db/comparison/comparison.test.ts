import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type OpenDatabase } from '../../../db/connection';
import { createRepositories, type Repositories } from '../../../db/repositories';
import type { YearComparison } from '../../../shared/comparison';
import { COMPARED, comparisonFixture, EXPORTED_AT, UNITS } from '../../support/comparison-fixture';
import { frozenClock, migrationsFolder, tempDbFile } from '../../support/temp-db';

let database: OpenDatabase;
let repos: Repositories;

beforeAll(() => {
  database = openDatabase(tempDbFile(), { migrationsFolder });
  repos = createRepositories(database.db, frozenClock());
  comparisonFixture(repos, database.db);
});
afterAll(() => database.close());

/** Each control row as [definition, per unit: value and status, or null for an empty cell]. */
const controlFigures = (comparison: YearComparison) =>
  comparison.controls.map((row) => [row.processName, row.definition, row.cells.map((cell) => (cell ? [cell.value === null ? null : Number(cell.value.toFixed(2)), cell.status] : null))]);

const levelCounts = (comparison: YearComparison) => comparison.riskLevels.map((row) => [row.name, row.cells.map((cell) => cell?.count ?? null)]);
const actionCounts = (comparison: YearComparison) => comparison.actionStatuses.map((row) => [row.label, row.counts]);

describe('the comparison of every unit in a year', () => {
  it('puts the units with a plan for the year side by side, imported ones with their export', () => {
    const comparison = repos.comparison.forYear(2025);
    expect(comparison.units.map((unit) => [unit.name, unit.origin, unit.importedFrom?.exportedAt ?? null, unit.planStatus])).toEqual([
      [UNITS.children, 'local', null, 'draft'],
      [UNITS.family, 'local', null, 'draft'],
      [UNITS.adults, 'imported', EXPORTED_AT, 'draft'],
    ]);
    expect(comparison.unitsWithoutPlan).toEqual([UNITS.elderly]);
    expect(comparison.qualityAreas).toEqual([
      'Självbestämmande och integritet',
      'Helhetssyn och samordning',
      'Trygghet och säkerhet',
      'Kunskapsbaserad verksamhet',
      'Tillgänglighet',
      'Effektivitet',
      'Rättssäkerhet',
    ]);
  });

  it('gives every control’s whole-year result against each unit’s own target, counted by hand', () => {
    const comparison = repos.comparison.forYear(2025);
    expect(controlFigures(comparison)).toEqual([
      // 2 yes of 3 (n/a left out) against minst 90 ± 10: red. Familjerätten has it, without answers.
      ['Utredning', COMPARED.heard, [[66.67, 'red'], [null, 'none'], null]],
      // Median of 100, 150, 130 against högst 120 ± 20: yellow. Vuxen's 85 by hand against högst 90: green.
      ['Utredning', COMPARED.days, [[130, 'yellow'], null, [85, 'green']]],
      // 3 yes of 4 against minst 80 ± 5: yellow.
      ['Utredning', COMPARED.sip, [null, null, [75, 'yellow']]],
      ['Lex Sarah', COMPARED.lexSarah, [[2, 'none'], null, null]],
    ]);
    const days = comparison.controls[1]!.cells;
    expect(days[0]).toMatchObject({ targetValue: 120, targetDirection: 'at_most', tolerance: 20, unit: 'dagar', source: 'checklist' });
    expect(days[2]).toMatchObject({ targetValue: 90, unit: 'dagar', source: 'manual' });
    expect(comparison.controls[0]!.cells[0]).toMatchObject({ unit: '%', targetValue: 90 });
    expect(comparison.units.map((unit) => [unit.controlCount, unit.statusCounts])).toEqual([
      [3, { green: 0, yellow: 1, red: 1, none: 1 }],
      [1, { green: 0, yellow: 0, red: 0, none: 1 }],
      [2, { green: 1, yellow: 1, red: 0, none: 0 }],
    ]);
  });

  it('counts risks per level of each unit’s own matrix, after action where assessed, highest level first', () => {
    const comparison = repos.comparison.forYear(2025);
    expect(levelCounts(comparison)).toEqual([
      ['Mycket hög', [1, null, 0]],
      ['Röd', [null, 1, null]],
      ['Hög', [0, null, 0]],
      ['Gul', [null, 0, null]],
      ['Måttlig', [1, null, 1]],
      ['Låg', [0, null, 0]],
      ['Grön', [null, 1, null]],
    ]);
    expect(comparison.riskLevels[1]!.cells[1]).toEqual({ name: 'Röd', color: '#c62828', count: 1 });
    expect(comparison.units.map((unit) => [unit.riskCount, unit.unassessedRisks])).toEqual([
      [3, 1],
      [2, 0],
      [1, 0],
    ]);
  });

  it('counts actions per status with the Swedish labels', () => {
    expect(actionCounts(repos.comparison.forYear(2025))).toEqual([
      ['Ej påbörjad', [1, 0, 0]],
      ['Pågår', [1, 1, 0]],
      ['Klar', [1, 0, 2]],
      ['Avbruten', [1, 0, 0]],
    ]);
  });

  it('narrows everything to one quality area, matched by name in any case; a unit without it shows empty cells', () => {
    const comparison = repos.comparison.forYear(2025, 'TILLGÄNGLIGHET');
    expect(comparison.qualityArea).toBe('Tillgänglighet');
    expect(comparison.units.map((unit) => unit.hasQualityArea)).toEqual([true, false, true]);
    expect(controlFigures(comparison)).toEqual([
      ['Utredning', COMPARED.days, [[130, 'yellow'], null, [85, 'green']]],
      ['Utredning', COMPARED.sip, [null, null, [75, 'yellow']]],
    ]);
    expect(levelCounts(comparison)).toEqual([
      ['Mycket hög', [1, null, 0]],
      ['Hög', [0, null, 0]],
      ['Måttlig', [0, null, 1]],
      ['Låg', [0, null, 0]],
    ]);
    expect(actionCounts(comparison)).toEqual([
      ['Ej påbörjad', [1, null, 0]],
      ['Pågår', [0, null, 0]],
      ['Klar', [0, null, 2]],
      ['Avbruten', [0, null, 0]],
    ]);
    expect(comparison.units.map((unit) => [unit.controlCount, unit.riskCount, unit.actionCount])).toEqual([
      [1, 1, 1],
      [0, 0, 0],
      [2, 1, 2],
    ]);
  });

  it('compares another year with only the units that have a plan for it', () => {
    const comparison = repos.comparison.forYear(2026);
    expect(comparison.units.map((unit) => unit.name)).toEqual([UNITS.elderly]);
    expect(comparison.unitsWithoutPlan).toEqual([UNITS.children, UNITS.family, UNITS.adults]);
    expect(repos.comparison.forYear(2024)).toMatchObject({ units: [], controls: [], riskLevels: [] });
  });
});
