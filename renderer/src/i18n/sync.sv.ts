/** Texts of the sync status in the side navigation. */
export const syncSv = {
  title: 'Synkronisering',
  notChosen: 'Ingen gemensam mapp är vald, så datorn synkar inte med enhetens andra datorer.',
  chooseFolder: 'Välj mapp under Export och import',
  syncing: 'Synkroniserar …',
  never: 'Inte synkad ännu.',
  syncedAt: 'Synkad {{when}}.',
  lastSyncedAt: 'Senast synkad {{when}}.',
  today: 'kl. {{time}}',
  failed: 'Synkroniseringen avbröts.',
  pending_zero: 'Inga ändringar väntar.',
  pending_one: '1 ändring väntar på att skickas.',
  pending_other: '{{count}} ändringar väntar på att skickas.',
  received: 'Tog emot ändringar från {{names}}.',
  syncNow: 'Synkronisera nu',
  loadFailed: 'Synkroniseringens läge kunde inte hämtas.',
  warnings_one: '1 varning',
  warnings_other: '{{count}} varningar',
  warning: {
    damaged: 'Filen {{file}} är skadad eller ofullständig och hoppades över. Den datorn skriver en ny sammanställning vid nästa synkronisering.',
    foreign: '{{file}} hör inte till synkroniseringen och lämnades orörd.',
    future: 'Filen {{file}} är gjord av en nyare version av Kvalitetshjulet. Uppdatera programmet för att ta emot den.',
    clockAhead:
      'Ändringar från {{author}} väntar: den datorns klocka går cirka {{minutes}} minuter före. De tas emot när klockan här har hunnit ikapp; rätta gärna klockan på den datorn.',
    blockedUnit: 'Enheten ”{{unit}}” synkas inte hit, eftersom en importerad enhet med samma namn finns på den här datorn.',
  },
};
