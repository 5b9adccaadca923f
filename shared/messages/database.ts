import type { MessageGroup } from './types';

export const databaseMessages = {
  openFailed: {
    sv: 'Databasfilen {{file}} kunde inte öppnas ({{reason}}). Kontrollera att filen finns på en lokal disk och att du har behörighet till den.',
    en: 'The database file {{file}} could not be opened ({{reason}}). Check that the file is on a local disk and that you have access to it.',
  },
  newerVersion: {
    sv: 'Databasen {{file}} har skapats av en nyare version av Kvalitetshjulet. Uppdatera programmet innan du öppnar den. Inget har ändrats i filen.',
    en: 'The database {{file}} was created by a newer version of Kvalitetshjulet. Update the program before you open it. Nothing has been changed in the file.',
  },
  migrateFailed: {
    sv: 'Databasen {{file}} kunde inte uppdateras till den här versionen av Kvalitetshjulet. Ändringen har ångrats och dina uppgifter finns kvar som de var. Kontakta IT-stödet och uppge felet: {{reason}}',
    en: 'The database {{file}} could not be updated to this version of Kvalitetshjulet. The change has been undone and your data is as it was. Contact IT support and quote the error: {{reason}}',
  },
  migrateFailedWithCopy: {
    sv: 'Databasen {{file}} kunde inte uppdateras till den här versionen av Kvalitetshjulet. Ändringen har ångrats och dina uppgifter finns kvar som de var. En kopia av filen från före uppdateringen finns i {{copy}}. Kontakta IT-stödet och uppge felet: {{reason}}',
    en: 'The database {{file}} could not be updated to this version of Kvalitetshjulet. The change has been undone and your data is as it was. A copy of the file from before the update is in {{copy}}. Contact IT support and quote the error: {{reason}}',
  },
  damagedNoBackup: {
    sv: 'Databasfilen {{file}} är skadad och kan inte användas ({{findings}}). Det finns ingen hel säkerhetskopia att återställa i {{folder}}. Filen har inte ändrats. Ta inte bort den: kontakta IT-stödet, som kan försöka rädda uppgifterna ur den.',
    en: 'The database file {{file}} is damaged and cannot be used ({{findings}}). There is no whole backup to restore in {{folder}}. The file has not been changed. Do not delete it: contact IT support, who can try to rescue the data from it.',
  },
  damagedWithBackup: {
    sv: 'Databasfilen {{file}} är skadad och kan inte användas ({{findings}}). Den senaste hela säkerhetskopian är från {{takenAt, dateTime}} ({{backup}}). Återställ den: den skadade filen flyttas då åt sidan, bredvid databasen, och tas inte bort. Det som sparades efter säkerhetskopian finns inte med i den.',
    en: 'The database file {{file}} is damaged and cannot be used ({{findings}}). The latest whole backup is from {{takenAt, dateTime}} ({{backup}}). Restore it: the damaged file is then moved aside, next to the database, and is not deleted. What was saved after the backup is not in it.',
  },
} as const satisfies MessageGroup;
