import path from 'node:path';
import type { SyncStatus, SyncWarning } from '../../../shared/ipc/sync';
import { SYNC_FOLDER } from '../../../shared/sync/file-format';
import { createSyncService } from '../../services/sync/sync-service';
import { CliUsageError, type CliCommand } from '../command';
import { openCliServices } from '../open-services';
import { parseCliArgs } from '../parse-args';
import { say } from '../cli-language';

function warningText(warning: SyncWarning): string {
  switch (warning.kind) {
    case 'damaged':
      return `Filen ${warning.file} är skadad eller ofullständig och hoppades över.`;
    case 'foreign':
      return `${warning.file} hör inte till synkroniseringen och lämnades orörd.`;
    case 'future':
      return `Filen ${warning.file} är skapad av en nyare version av Kvalitetshjulet. Uppdatera programmet för att ta emot den.`;
    case 'clock-ahead':
      return `Ändringar från ${warning.author} väntar: den datorns klocka går cirka ${warning.minutesAhead} minuter före.`;
    case 'blocked-unit':
      return `Enheten ”${warning.unitName}” synkas inte hit: en importerad enhet med samma namn finns i databasen.`;
  }
}

function report(status: SyncStatus): string[] {
  const round = status.lastRound;
  const lines = [`Mapp: ${path.join(status.folder ?? '', SYNC_FOLDER)}`];
  if (round) {
    lines.push(`Skickade: ${round.sent} fältändringar`);
    lines.push(`Tog emot: ${round.received} fältändringar${round.from.length > 0 ? ` från ${round.from.join(', ')}` : ''}`);
  }
  lines.push(`Väntar på att skickas: ${status.pending} rader`);
  return [...lines, ...status.warnings.map((warning) => `Varning: ${warningText(warning)}`)];
}

export const syncCommand: CliCommand = {
  name: 'sync',
  summary: 'Synkroniserar en gång med enhetens gemensamma mapp: skickar den här databasens ändringar och tar emot de andra datorernas.',
  usage: 'sync --db <fil> --folder <mapp>',
  async run(args, io) {
    const { values } = parseCliArgs(args, { db: { type: 'string' }, folder: { type: 'string' } });
    const folder = values.folder?.trim();
    if (!folder) throw new CliUsageError('Ange den gemensamma mappen med --folder <mapp>.');
    const services = openCliServices(values.db);
    try {
      const sync = createSyncService({
        sqlite: services.database.sqlite,
        settings: { sharedFolder: () => path.resolve(folder), userName: () => services.repos.settings.userName() },
      });
      const status = await sync.syncNow();
      if (status.problem) {
        io.err(say(io, status.problem));
        return 1;
      }
      for (const line of report(status)) io.out(line);
      return 0;
    } finally {
      services.close();
    }
  },
};
