import type { MessageGroup } from './types';

export const backupMessages = {
  saveFailed: {
    sv: 'Säkerhetskopian kunde inte sparas i {{folder}} ({{reason}}). Kontrollera att det finns plats på disken och att mappen går att skriva i. Databasen är oförändrad.',
    en: 'The backup could not be saved in {{folder}} ({{reason}}). Check that there is space on the disk and that the folder can be written to. The database is unchanged.',
  },
  replacementDamaged: {
    sv: 'Säkerhetskopian från {{takenAt, dateTime}} är också skadad ({{finding}}). Välj en annan. Ingenting har ändrats.',
    en: 'The backup from {{takenAt, dateTime}} is damaged too ({{finding}}). Choose another. Nothing has been changed.',
  },
  restoreInProgress: { sv: 'En återställning pågår redan. Vänta tills den är klar.', en: 'A restore is already in progress. Wait until it is done.' },
  notInFolder: {
    sv: 'Säkerhetskopian finns inte i mappen med säkerhetskopior. Uppdatera listan och välj en av dem som visas.',
    en: 'The backup is not in the backup folder. Refresh the list and choose one of those shown.',
  },
  damaged: {
    sv: 'Säkerhetskopian från {{takenAt, dateTime}} är skadad och kan inte återställas ({{finding}}). Välj en annan. Ingenting har ändrats.',
    en: 'The backup from {{takenAt, dateTime}} is damaged and cannot be restored ({{finding}}). Choose another. Nothing has been changed.',
  },
  newerVersion: {
    sv: 'Säkerhetskopian från {{takenAt, dateTime}} har gjorts av en nyare version av Kvalitetshjulet. Uppdatera programmet först. Ingenting har ändrats.',
    en: 'The backup from {{takenAt, dateTime}} was made by a newer version of Kvalitetshjulet. Update the program first. Nothing has been changed.',
  },
  migrateFailed: {
    sv: 'Säkerhetskopian kunde inte uppdateras till den här versionen av Kvalitetshjulet ({{reason}}). Databasen är som den var före återställningen.',
    en: 'The backup could not be updated to this version of Kvalitetshjulet ({{reason}}). The database is as it was before the restore.',
  },
} as const satisfies MessageGroup;
