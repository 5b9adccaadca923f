/**
 * Prints the change-log triggers of synced tables, in the form migration 0006 gave every
 * table (they mark rows only once this device syncs), and a mark for the rows already there
 * on a device that syncs, for a custom migration: `tsx scripts/sync-triggers.ts reports report_actions …`.
 */
import { isSyncedTable, syncedTables } from '../shared/sync/tables';

const mark = (table: string, row: 'NEW' | 'OLD', key: string[]) =>
  `INSERT INTO \`sync_dirty\` (\`tbl\`, \`row_key\`, \`at\`) VALUES ('${table}', ${key.map((column) => `${row}.\`${column}\``).join(" || '|' || ")}, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (\`tbl\`, \`row_key\`) DO UPDATE SET \`at\` = excluded.\`at\`;`;

const TRACKING = "EXISTS (SELECT 1 FROM `device_settings` WHERE `key` = 'sync.tracking')";

const trigger = (table: string, event: 'insert' | 'update' | 'delete', body: string) =>
  `CREATE TRIGGER \`sync_${table}_${event}\` AFTER ${event.toUpperCase()} ON \`${table}\` WHEN ${TRACKING} AND NOT EXISTS (SELECT 1 FROM \`sync_applying\`) BEGIN ${body} END;`;

const statements = process.argv.slice(2).flatMap((table) => {
  if (!isSyncedTable(table)) throw new Error(`${table} is not in shared/sync/tables.ts`);
  const { key } = syncedTables[table];
  return [
    trigger(table, 'insert', mark(table, 'NEW', key)),
    trigger(table, 'update', `${mark(table, 'OLD', key)} ${mark(table, 'NEW', key)}`),
    trigger(table, 'delete', mark(table, 'OLD', key)),
    // Rows written before the triggers existed are marked once on a device that already syncs;
    // elsewhere the first round marks every row.
    `INSERT INTO \`sync_dirty\` (\`tbl\`, \`row_key\`, \`at\`) SELECT '${table}', ${key.map((column) => `\`${column}\``).join(" || '|' || ")}, strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM \`${table}\` WHERE ${TRACKING};`,
  ];
});
process.stdout.write(`${statements.join('--> statement-breakpoint\n')}\n`);
