import type { SyncedTableName } from './tables';

/**
 * One field of one row as a device last wrote it: the unit of last-writer-wins. The value is
 * JSON text, so a number stays a number and null stays null on every device.
 */
export interface Register {
  table: SyncedTableName;
  rowKey: string;
  field: string;
  value: string;
  hlc: string;
  device: string;
  /** The stamp of the value this write replaced on its device, or null when there was none. */
  base: string | null;
}

/** Whether write `a` wins over write `b` of the same field: the later stamp, and on equal stamps the greater device id. */
export function wins(a: Pick<Register, 'hlc' | 'device'>, b: Pick<Register, 'hlc' | 'device'>): boolean {
  if (a.hlc !== b.hlc) return a.hlc > b.hlc;
  return a.device > b.device;
}

/** The registers as they travel in a file: a compact array per register. */
export type WireRegister = [table: string, rowKey: string, field: string, value: string, hlc: string, device: string, base: string | null];

export function toWire(register: Register): WireRegister {
  return [register.table, register.rowKey, register.field, register.value, register.hlc, register.device, register.base];
}
