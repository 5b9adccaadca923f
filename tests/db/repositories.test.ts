import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenDatabase } from '../../db/connection';
import { createRepositories, type Repositories } from '../../db/repositories';
import { frozenClock, migrationsFolder, tempDbFile } from '../support/temp-db';

let database: OpenDatabase;
let repos: Repositories;

beforeEach(() => {
  database = openDatabase(tempDbFile(), { migrationsFolder });
  repos = createRepositories(database.db, frozenClock());
  return () => database.close();
});

describe('units', () => {
  it('creates, renames and lists units in name order', () => {
    const b = repos.units.create('Vuxenenheten');
    repos.units.create('Barn och unga');
    const renamed = repos.units.rename(b.id, 'Vuxen – missbruk');
    expect(renamed.name).toBe('Vuxen – missbruk');
    expect(renamed.updatedAt > renamed.createdAt).toBe(true);
    expect(repos.units.list().map((u) => u.name)).toEqual(['Barn och unga', 'Vuxen – missbruk']);
  });

  it('refuses a second unit with the same name, whatever the case', () => {
    repos.units.create('Familjerätten');
    expect(() => repos.units.create('familjerätten')).toThrow(/Det finns redan en enhet/);
    expect(repos.units.list()).toHaveLength(1);
  });

  it('says the unit is gone when renaming an unknown id', () => {
    expect(() => repos.units.rename('00000000-0000-4000-8000-999999999999', 'X y')).toThrow(/finns inte längre/);
  });
});

describe('plans', () => {
  it('creates a plan with a default title and lists plans newest year first', () => {
    const unit = repos.units.create('Barn och unga');
    repos.plans.create({ unitId: unit.id, year: 2025, title: 'Plan 2025' }, 'AB');
    const plan = repos.plans.create({ unitId: unit.id, year: 2026 }, 'AB');
    expect(plan.title).toBe('Kvalitetsplan 2026 – Barn och unga');
    expect(plan.unitName).toBe('Barn och unga');
    expect(repos.plans.list(unit.id).map((p) => p.year)).toEqual([2026, 2025]);
  });

  it('allows one plan per unit and year', () => {
    const unit = repos.units.create('Barn och unga');
    repos.plans.create({ unitId: unit.id, year: 2026 }, 'AB');
    expect(() => repos.plans.create({ unitId: unit.id, year: 2026 }, 'AB')).toThrow(/redan en kvalitetsplan för 2026/);
    expect(repos.plans.list()).toHaveLength(1);
  });

  it('filters by unit and renames', () => {
    const a = repos.units.create('Enhet A');
    const b = repos.units.create('Enhet B');
    const planA = repos.plans.create({ unitId: a.id, year: 2026 }, 'AB');
    repos.plans.create({ unitId: b.id, year: 2026 }, 'AB');
    expect(repos.plans.list(a.id)).toHaveLength(1);
    expect(repos.plans.rename(planA.id, 'Ny rubrik', 'AB').title).toBe('Ny rubrik');
  });

  it('refuses a plan for a unit that does not exist', () => {
    expect(() => repos.plans.create({ unitId: '00000000-0000-4000-8000-999999999999', year: 2026 }, 'AB')).toThrow(
      /Enheten finns inte/,
    );
  });
});
