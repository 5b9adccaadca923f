import type Database from 'better-sqlite3';
import type { Register } from '../../shared/sync/register';
import type { SyncedTableName } from '../../shared/sync/tables';
import type { DeviceState } from './device-state';
import type { RegisterStore } from './register-store';
import type { TableRows } from './table-rows';
import type { UnitScope } from './unit-scope';

/** A unit that cannot be written here because an imported unit of the same name is in the database. */
export interface BlockedUnit {
  unitId: string;
  name: string;
}

/** What every step of a sync round works with: the database, the registers and this device. */
export interface SyncContext {
  sqlite: Database.Database;
  store: RegisterStore;
  rows: TableRows;
  scope: UnitScope;
  state: DeviceState;
  device: string;
  wallNow(): number;
  blocked: Map<string, BlockedUnit>;
}

/** A change made by this device: stamped now (or when the user made it) and kept for the next file. */
export function writeLocal(
  ctx: SyncContext,
  table: SyncedTableName,
  rowKey: string,
  field: string,
  value: string,
  options: { wallMs?: number; base?: string | null } = {},
): Register {
  const base = options.base !== undefined ? options.base : (ctx.store.get(table, rowKey, field)?.hlc ?? null);
  const register: Register = { table, rowKey, field, value, hlc: ctx.state.stamp(options.wallMs ?? ctx.wallNow()), device: ctx.device, base };
  ctx.store.put(register);
  return register;
}
