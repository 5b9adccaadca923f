import type { MessageGroup } from './types';

export const folderMessages = {
  readOnly: {
    sv: 'Programmet får inte skriva i mappen {{folder}}. Be IT-stödet om skrivrätt till mappen, eller välj en annan mapp under Export.',
    en: 'The program may not write in the folder {{folder}}. Ask IT support for write access to the folder, or choose another folder under Export.',
  },
  full: { sv: 'Det finns inte plats i mappen {{folder}}. Be IT-stödet frigöra utrymme.', en: 'There is no space in the folder {{folder}}. Ask IT support to free up space.' },
  unreachable: {
    sv: 'Mappen {{folder}} går inte att nå just nu. Kontrollera att datorn är ansluten till kommunens nätverk och att mappen finns.',
    en: 'The folder {{folder}} cannot be reached right now. Check that the computer is connected to the municipality’s network and that the folder exists.',
  },
  unusable: { sv: 'Mappen {{folder}} gick inte att använda ({{code}}).', en: 'The folder {{folder}} could not be used ({{code}}).' },
  reachable: {
    sv: 'Mappen {{folder}} går att nå, och programmet kan skriva i den.',
    en: 'The folder {{folder}} can be reached, and the program can write in it.',
  },
  writtenDiffers: {
    sv: 'Filen {{name}} blev inte likadan i mappen {{folder}} som den skrevs. Den har tagits bort och skrivs igen vid nästa försök.',
    en: 'The file {{name}} did not come out in the folder {{folder}} the way it was written. It has been removed and will be written again at the next attempt.',
  },
  exists: {
    sv: 'Det finns redan en fil som heter {{name}} i mappen {{folder}}. Den skrivs aldrig över; exportera igen så får den nya filen ett nytt namn.',
    en: 'There is already a file called {{name}} in the folder {{folder}}. It is never overwritten; export again and the new file gets a new name.',
  },
} as const satisfies MessageGroup;
