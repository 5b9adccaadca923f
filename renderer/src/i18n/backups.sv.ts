import { backupKindLabels } from '../../../shared/backups/kinds';

/** Texts of the Säkerhetskopior screen. */
export const backupsSv = {
  title: 'Säkerhetskopior',
  lead: 'Programmet tar en kopia av databasen varje dag. Här ser du kopiorna, kan ta en till och kan återställa en av dem om något har gått fel.',
  loading: 'Hämtar säkerhetskopiorna …',
  loadFailed: 'Säkerhetskopiorna kunde inte hämtas.',
  create: {
    title: 'Ta en säkerhetskopia nu',
    lead: 'Bra att göra före en stor ändring, till exempel innan du importerar en plan.',
    button: 'Ta en säkerhetskopia nu',
    busy: 'Tar en säkerhetskopia …',
    done: 'Säkerhetskopian från {{when}} är sparad.',
  },
  list: {
    title: 'Sparade säkerhetskopior',
    caption: 'Säkerhetskopiorna, den senaste först',
    none: 'Det finns inga säkerhetskopior ännu. Programmet tar den första vid nästa start, eller ta en nu.',
    date: 'Datum',
    time: 'Tid',
    kind: 'Slag',
    size: 'Storlek',
    action: 'Åtgärd',
    restore: 'Återställ',
    restoreAria: 'Återställ säkerhetskopian från {{when}}',
    folder: 'Kopiorna finns i mappen {{folder}}.',
    rotation:
      'Programmet sparar de dagliga kopiorna från de senaste {{days}} dagarna och en kopia per vecka för {{weeks}} veckor före dem, de {{manual}} senaste som tagits för hand och de {{beforeRestore}} senaste från före en återställning. Kopior från före en uppdatering av programmet tas aldrig bort.',
    startCheck: 'Vid varje start kontrolleras databasen. Är den skadad erbjuder programmet att återställa den senaste hela kopian, och den skadade filen sparas.',
  },
  kind: backupKindLabels,
  restore: {
    title: 'Återställ säkerhetskopian från {{when}}?',
    body: 'Allt i programmet blir som det var när kopian togs. Det som har sparats efter det finns inte med i kopian.',
    safety: 'Innan något ändras kopieras den nuvarande databasen till en egen säkerhetskopia, ”Före återställning”. Du kan återställa den om du ångrar dig.',
    reload: 'Alla vyer laddas om när återställningen är klar.',
    confirm: 'Återställ',
    done: 'Säkerhetskopian från {{when}} är återställd. Det du hade innan finns kvar som säkerhetskopian ”Före återställning” från {{safety}}.',
  },
};
