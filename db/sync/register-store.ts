import type Database from 'better-sqlite3';
import type { Register } from '../../shared/sync/register';
import { syncedTables, type SyncedTableName } from '../../shared/sync/tables';

interface RegisterRow {
  tbl: SyncedTableName;
  row_key: string;
  field: string;
  value: string;
  hlc: string;
  device: string;
  base: string | null;
}

const fromRow = (row: RegisterRow): Register => ({
  table: row.tbl,
  rowKey: row.row_key,
  field: row.field,
  value: row.value,
  hlc: row.hlc,
  device: row.device,
  base: row.base,
});

/** A field that links to a parent row keeps the parent's id beside its value, so children are found by index. */
function refOf(register: Register): string | null {
  const isLink = syncedTables[register.table].parents.some((parent) => parent.column === register.field);
  if (!isLink) return null;
  const id: unknown = JSON.parse(register.value);
  return typeof id === 'string' ? id : null;
}

export type RowFields = Map<string, Register>;

/** The registers table: every synced field as last written, read and written through prepared statements. */
export function createRegisterStore(sqlite: Database.Database) {
  const selectRow = sqlite.prepare<[string, string], RegisterRow>('SELECT * FROM sync_registers WHERE tbl = ? AND row_key = ?');
  const selectOne = sqlite.prepare<[string, string, string], RegisterRow>(
    'SELECT * FROM sync_registers WHERE tbl = ? AND row_key = ? AND field = ?',
  );
  const upsert = sqlite.prepare(
    `INSERT INTO sync_registers (tbl, row_key, field, value, hlc, device, base, ref) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (tbl, row_key, field) DO UPDATE SET value = excluded.value, hlc = excluded.hlc, device = excluded.device,
       base = excluded.base, ref = excluded.ref`,
  );
  const selectReferring = sqlite.prepare<[string], { tbl: SyncedTableName; row_key: string; field: string }>(
    'SELECT tbl, row_key, field FROM sync_registers WHERE ref = ?',
  );
  const selectTableRows = sqlite.prepare<[string], { row_key: string }>(
    "SELECT row_key FROM sync_registers WHERE tbl = ? AND field = '_exists'",
  );
  const selectSince = sqlite.prepare<[string, string], RegisterRow>('SELECT * FROM sync_registers WHERE device = ? AND hlc > ? ORDER BY hlc');
  const countRowsSince = sqlite.prepare<[string, string], { n: number }>(
    'SELECT COUNT(*) AS n FROM (SELECT DISTINCT tbl, row_key FROM sync_registers WHERE device = ? AND hlc > ?)',
  );
  const selectPage = sqlite.prepare<[number, number], RegisterRow & { rowid: number }>(
    'SELECT rowid, * FROM sync_registers WHERE rowid > ? ORDER BY rowid LIMIT ?',
  );
  const countAll = sqlite.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM sync_registers');

  return {
    row(table: SyncedTableName, rowKey: string): RowFields {
      return new Map(selectRow.all(table, rowKey).map((row) => [row.field, fromRow(row)]));
    },
    get(table: SyncedTableName, rowKey: string, field: string): Register | undefined {
      const row = selectOne.get(table, rowKey, field);
      return row ? fromRow(row) : undefined;
    },
    put(register: Register): void {
      upsert.run(register.table, register.rowKey, register.field, register.value, register.hlc, register.device, register.base, refOf(register));
    },
    /** Every register that points at the row with this id: its children, by table and link column. */
    referring(id: string) {
      return selectReferring.all(id);
    },
    /** Every row of a table the registers know, deleted or not. */
    rowKeysOf(table: SyncedTableName): string[] {
      return selectTableRows.all(table).map((row) => row.row_key);
    },
    writtenSince(device: string, hlc: string): Register[] {
      return selectSince.all(device, hlc).map(fromRow);
    },
    rowsWrittenSince(device: string, hlc: string): number {
      return countRowsSince.get(device, hlc)?.n ?? 0;
    },
    /** Every register, a page at a time, so a snapshot can be gathered in slices. */
    page(afterRowid: number, limit: number): { registers: Register[]; lastRowid: number } {
      const rows = selectPage.all(afterRowid, limit);
      return { registers: rows.map(fromRow), lastRowid: rows.at(-1)?.rowid ?? afterRowid };
    },
    count: () => countAll.get()?.n ?? 0,
  };
}

export type RegisterStore = ReturnType<typeof createRegisterStore>;
