import type { MessageGroup } from './types';

export const appMessages = {
  internal: {
    sv: 'Något gick fel i programmet. Ingenting har sparats av den här åtgärden. Försök igen, eller starta om programmet.',
    en: 'Something went wrong in the program. Nothing was saved by this action. Try again, or restart the program.',
  },
  unknownChannel: { sv: 'Okänd kanal: {{channel}}', en: 'Unknown channel: {{channel}}' },
  unreachable: {
    sv: 'Programmet fick inget svar från sin databas. Försök igen, och starta om programmet om det inte hjälper.',
    en: 'The program got no answer from its database. Try again, and restart the program if that does not help.',
  },
  foreignSender: {
    sv: 'Anropet kom inte från Kvalitetshjulets eget fönster och har stoppats.',
    en: 'The call did not come from Kvalitetshjulet’s own window and has been stopped.',
  },
  webHarnessDown: {
    sv: 'Webbläget svarar inte. Starta om det med npm run web och ladda om sidan.',
    en: 'The web mode does not answer. Restart it with npm run web and reload the page.',
  },
  badToken: { sv: 'Fel eller saknad nyckel.', en: 'Wrong or missing key.' },
  unreadableRequest: { sv: 'Förfrågan kunde inte läsas.', en: 'The request could not be read.' },
  fileReadFailed: {
    sv: 'Filen kunde inte läsas. Kontrollera att den inte är öppen i ett annat program och försök igen.',
    en: 'The file could not be read. Check that it is not open in another program and try again.',
  },
  userNameMissing: {
    sv: 'Skriv ditt namn eller dina initialer först, så att planens historik visar vem som ändrat.',
    en: 'Enter your name or initials first, so that the plan’s history shows who made the change.',
  },
  folderPickerDesktopOnly: {
    sv: 'Mappväljaren finns bara i skrivbordsprogrammet. Skriv mappens hela sökväg i fältet i stället.',
    en: 'The folder picker is only in the desktop program. Type the folder’s full path in the field instead.',
  },
} as const satisfies MessageGroup;
