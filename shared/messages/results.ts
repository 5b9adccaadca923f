import type { MessageGroup } from './types';

export const resultMessages = {
  manualMissing: { sv: 'Resultatet finns inte längre. Ladda om och försök igen.', en: 'The result no longer exists. Reload and try again.' },
  periodOutsideYear: { sv: '{{period}} ligger utanför planens år {{year}}.', en: '{{period}} is outside the plan’s year {{year}}.' },
  resultExists: {
    sv: 'Egenkontrollen har redan ett resultat för {{period}}. Ändra det i stället.',
    en: 'The control already has a result for {{period}}. Change that one instead.',
  },
  valueNumber: { sv: 'Ange resultatet som ett tal.', en: 'Enter the result as a number.' },
  periodStart: {
    sv: 'Ange periodens första dag, till exempel 2026-05-01 för tertial 2 eller 2026-01-01 för helåret.',
    en: 'Enter the first day of the period, for example 2026-05-01 for the second four-month period or 2026-01-01 for the whole year.',
  },
  valueOrAnalysis: { sv: 'Ange ett resultat, en analys eller båda.', en: 'Enter a result, an analysis or both.' },
  emptyResult: {
    sv: 'Ange ett resultat, en analys eller båda. Ta bort resultatet om det inte ska finnas.',
    en: 'Enter a result, an analysis or both. Delete the result if it should not exist.',
  },
} as const satisfies MessageGroup;
