import path from 'node:path';
import { DatabaseDamagedError } from '../../../db/backups/damaged-database';
import { backupsFolderOf } from '../../../db/backups/file-names';
import { findBackup, listBackups, type BackupFile } from '../../../db/backups/list';
import { replaceDamagedDatabase } from '../../../db/backups/replace-damaged';
import { DatabaseOpenError } from '../../../db/open-error';
import { formatFileSize, swedishDateTime } from '../../../shared/backups/format';
import { backupKindLabels } from '../../../shared/backups/kinds';
import { isAppError } from '../../../shared/errors';
import { CliUsageError, type CliCommand, type CliIo } from '../command';
import { openCliServices } from '../open-services';
import { parseCliArgs } from '../parse-args';
import { say } from '../cli-language';

const describe = (backup: BackupFile) => `${swedishDateTime(backup.takenAt)} (${backupKindLabels[backup.kind].toLowerCase()}, ${formatFileSize(backup.sizeBytes)})`;

/** Reads only the backups folder, so it works when the database itself is damaged. */
function runList(file: string, io: CliIo): number {
  const backups = listBackups(file);
  if (backups.length === 0) {
    io.out(`Det finns inga säkerhetskopior av ${file} ännu. Ta en med: npm run cli -- backup create --db "${file}"`);
    return 0;
  }
  io.out(`Säkerhetskopior av ${file} i ${backupsFolderOf(file)}, den senaste först:`);
  const rows = backups.map((backup) => [swedishDateTime(backup.takenAt), backupKindLabels[backup.kind], formatFileSize(backup.sizeBytes), backup.id]);
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]?.length ?? 0)));
  for (const row of rows) io.out(`  ${row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd()}`);
  return 0;
}

function runCreate(db: string, io: CliIo): number {
  const services = openCliServices(db);
  try {
    const backup = services.backups.create('manual');
    io.out(`Tog en säkerhetskopia: ${backup.file} (${formatFileSize(backup.sizeBytes)}).`);
    return 0;
  } finally {
    services.close();
  }
}

/** The database cannot be opened, so the backup takes its place on disk; the damaged file is moved aside. */
function restoreOverDamaged(damaged: DatabaseDamagedError, id: string, db: string, io: CliIo): number {
  const backup = findBackup(damaged.file, id);
  if (!backup) return unknownBackup(damaged.file, id, io);
  const { asideFile } = replaceDamagedDatabase(damaged.file, backup, new Date());
  openCliServices(db).close();
  io.out(`Databasen var skadad. Säkerhetskopian från ${describe(backup)} är återställd.`);
  io.out(`Den skadade filen finns kvar som ${asideFile}.`);
  return 0;
}

function unknownBackup(file: string, id: string, io: CliIo): number {
  io.err(`Säkerhetskopian ${id} finns inte. Se vilka som finns med: npm run cli -- backup list --db "${file}"`);
  return 1;
}

async function restore(db: string, id: string, io: CliIo): Promise<number> {
  let services;
  try {
    services = openCliServices(db);
  } catch (error) {
    if (error instanceof DatabaseDamagedError) return restoreOverDamaged(error, id, db, io);
    throw error;
  }
  try {
    const { restored, safetyCopy } = await services.backups.restore(id);
    io.out(`Säkerhetskopian från ${describe(restored)} är återställd.`);
    io.out(`Uppgifterna från före återställningen finns kvar som säkerhetskopian ${safetyCopy.id}.`);
    return 0;
  } finally {
    services.close();
  }
}

/** A refused restore (unknown, damaged or newer backup) is explained; a database that cannot be opened goes to the common handling. */
async function runRestore(db: string, id: string, io: CliIo): Promise<number> {
  try {
    return await restore(db, id, io);
  } catch (error) {
    if (!isAppError(error) || error instanceof DatabaseOpenError) throw error;
    if (error.code === 'NOT_FOUND') return unknownBackup(path.resolve(db), id, io);
    io.err(say(io, error));
    return 1;
  }
}

export const backupCommand: CliCommand = {
  name: 'backup',
  summary: 'Visar, tar eller återställer säkerhetskopior av databasen. Återställ fungerar också när databasen är skadad.',
  usage: 'backup list|create|restore --db <fil> [<säkerhetskopia>]',
  async run(args, io) {
    const [action, ...rest] = args;
    if (action !== 'list' && action !== 'create' && action !== 'restore') {
      throw new CliUsageError(action ? `Okänd åtgärd: ${action}. Välj list, create eller restore.` : 'Ange list, create eller restore.');
    }
    const { values, positionals } = parseCliArgs(rest, { db: { type: 'string' } }, action === 'restore');
    if (!values.db) throw new CliUsageError('Ange databasfilen med --db <fil>.');
    if (action === 'list') return runList(path.resolve(values.db), io);
    if (action === 'create') return runCreate(values.db, io);
    const [id, ...extra] = positionals;
    if (!id) throw new CliUsageError('Ange vilken säkerhetskopia som ska återställas, med det namn som backup list visar.');
    if (extra.length > 0) throw new CliUsageError(`Oväntat argument: ${extra[0]}`);
    return runRestore(values.db, id, io);
  },
};
