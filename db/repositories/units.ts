import { asc, eq, sql } from 'drizzle-orm';
import type { Unit } from '../../shared/domain/unit';
import { AppError } from '../../shared/errors';
import type { Clock } from '../clock';
import type { AppDatabase } from '../connection';
import { units } from '../schema';
import { assertLocalUnit } from './plan/guard';

function nameTaken(db: AppDatabase, name: string, exceptId?: string): boolean {
  const row = db
    .select({ id: units.id })
    .from(units)
    .where(sql`lower(${units.name}) = lower(${name})`)
    .get();
  return row !== undefined && row.id !== exceptId;
}

function conflict(name: string): AppError {
  return new AppError('CONFLICT', 'units.duplicateName', { name });
}

export function createUnitRepository(db: AppDatabase, clock: Clock) {
  function get(id: string): Unit {
    const row = db.select().from(units).where(eq(units.id, id)).get();
    if (!row) throw new AppError('NOT_FOUND', 'units.notFound');
    return row;
  }

  return {
    get,
    list(): Unit[] {
      return db.select().from(units).orderBy(asc(sql`lower(${units.name})`)).all();
    },
    findByName(name: string): Unit | undefined {
      return db
        .select()
        .from(units)
        .where(sql`lower(${units.name}) = lower(${name.trim()})`)
        .get();
    },
    create(name: string): Unit {
      return db.transaction(() => {
        if (nameTaken(db, name)) throw conflict(name);
        const now = clock.now();
        const unit: Unit = { id: clock.newId(), name, createdAt: now, updatedAt: now, origin: 'local' };
        db.insert(units).values(unit).run();
        return unit;
      });
    },
    rename(id: string, name: string): Unit {
      return db.transaction(() => {
        get(id);
        assertLocalUnit(db, id);
        if (nameTaken(db, name, id)) throw conflict(name);
        db.update(units).set({ name, updatedAt: clock.now() }).where(eq(units.id, id)).run();
        return get(id);
      });
    },
  };
}

export type UnitRepository = ReturnType<typeof createUnitRepository>;
