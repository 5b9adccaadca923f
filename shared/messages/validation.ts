import type { MessageGroup } from './types';

/**
 * What the dispatcher says when input fails its contract. A schema names one of these
 * keys as its zod message; an issue without one gets the text for its zod code, and
 * zod's own minimum and maximum fill the params.
 */
export const validationMessages = {
  invalidInput: { sv: 'Uppgiften {{field}} är felaktig.', en: 'The field {{field}} is not valid.' },
  invalidType: { sv: 'Uppgiften {{field}} saknas eller har fel form.', en: 'The field {{field}} is missing or has the wrong form.' },
  invalidFormat: { sv: 'Uppgiften {{field}} har fel format.', en: 'The field {{field}} has the wrong format.' },
  invalidValue: { sv: 'Uppgiften {{field}} har ett värde som inte är tillåtet.', en: 'The field {{field}} has a value that is not allowed.' },
  unrecognizedKeys: { sv: 'Uppgifterna innehåller okända fält: {{keys}}.', en: 'The input contains unknown fields: {{keys}}.' },
  tooSmall: { sv: 'Uppgiften {{field}} måste vara minst {{minimum}}.', en: 'The field {{field}} must be at least {{minimum}}.' },
  tooBig: { sv: 'Uppgiften {{field}} får vara högst {{maximum}}.', en: 'The field {{field}} must be at most {{maximum}}.' },
  tooShort: { sv: 'Texten i {{field}} måste ha minst {{minimum}} tecken.', en: 'The text in {{field}} must have at least {{minimum}} characters.' },
  tooLong: { sv: 'Texten får vara högst {{maximum}} tecken.', en: 'The text may be at most {{maximum}} characters.' },
  tooFew: { sv: 'Listan {{field}} måste ha minst {{minimum}} delar.', en: 'The list {{field}} must have at least {{minimum}} items.' },
  tooMany: { sv: 'Listan {{field}} får ha högst {{maximum}} delar.', en: 'The list {{field}} may have at most {{maximum}} items.' },
  personalIdentityNumber: {
    sv: 'Texten ser ut att innehålla ett personnummer eller samordningsnummer. Skriv aldrig personuppgifter i Kvalitetshjulet – använd en neutral ärendereferens, till exempel ärendets löpnummer.',
    en: 'The text appears to contain a Swedish personal identity number or coordination number. Never enter personal data in Kvalitetshjulet – use a neutral case reference, such as the case’s serial number.',
  },
  isoDate: { sv: 'Ange datum som ÅÅÅÅ-MM-DD, till exempel 2026-03-31.', en: 'Enter the date as YYYY-MM-DD, for example 2026-03-31.' },
  unitNameMissing: { sv: 'Ange enhetens namn.', en: 'Enter the unit’s name.' },
  controlDefinitionMissing: { sv: 'Beskriv vad egenkontrollen mäter (definition).', en: 'Describe what the control measures (definition).' },
  actionTextMissing: { sv: 'Beskriv åtgärden.', en: 'Describe the action.' },
  riskTextMissing: { sv: 'Beskriv risken.', en: 'Describe the risk.' },
  processNameMissing: { sv: 'Ange processens namn.', en: 'Enter the process’s name.' },
  qualityAreaNameMissing: { sv: 'Ett kvalitetsområde behöver ett namn.', en: 'A quality area needs a name.' },
  qualityAreasMissing: { sv: 'Planen behöver minst ett kvalitetsområde.', en: 'The plan needs at least one quality area.' },
  improvementAreaEmpty: { sv: 'Ett förbättringsområde kan inte vara tomt.', en: 'An improvement area cannot be empty.' },
  toleranceNumber: { sv: 'Ange toleransen som ett tal.', en: 'Enter the tolerance as a number.' },
  toleranceNegative: { sv: 'Toleransen kan inte vara negativ.', en: 'The tolerance cannot be negative.' },
  runByMissing: { sv: 'Ange initialerna på den som leder genomgången.', en: 'Enter the initials of whoever leads the run.' },
  templateNameMissing: { sv: 'Ge checklistan ett namn.', en: 'Give the checklist a name.' },
  templateItemsMissing: { sv: 'En checklista behöver minst en fråga.', en: 'A checklist needs at least one question.' },
  templateItemsMany: { sv: 'En checklista kan ha högst {{maximum}} frågor.', en: 'A checklist can have at most {{maximum}} questions.' },
  questionMissing: { sv: 'Skriv frågan.', en: 'Write the question.' },
  choiceEmpty: { sv: 'Ett svarsalternativ kan inte vara tomt.', en: 'An answer option cannot be empty.' },
  choicesMany: { sv: 'En fråga kan ha högst {{maximum}} svarsalternativ.', en: 'A question can have at most {{maximum}} answer options.' },
  numberMissing: { sv: 'Ange ett tal.', en: 'Enter a number.' },
  unitNameShort: { sv: 'Enhetens namn måste ha minst {{minimum}} tecken.', en: 'The unit’s name must have at least {{minimum}} characters.' },
  unitNameLong: { sv: 'Enhetens namn får vara högst {{maximum}} tecken.', en: 'The unit’s name may be at most {{maximum}} characters.' },
  planYearType: { sv: 'Ange år med fyra siffror, till exempel 2026.', en: 'Enter the year with four digits, for example 2026.' },
  planYearEarly: { sv: 'Året måste vara {{minimum}} eller senare.', en: 'The year must be {{minimum}} or later.' },
  planYearLate: { sv: 'Året måste vara {{maximum}} eller tidigare.', en: 'The year must be {{maximum}} or earlier.' },
  planTitleMissing: { sv: 'Ange en rubrik för planen.', en: 'Enter a title for the plan.' },
  planTitleShort: { sv: 'Planens rubrik måste ha minst {{minimum}} tecken.', en: 'The plan’s title must have at least {{minimum}} characters.' },
  planTitleLong: { sv: 'Planens rubrik får vara högst {{maximum}} tecken.', en: 'The plan’s title may be at most {{maximum}} characters.' },
  caseRefMissing: { sv: 'Ange en ärendereferens, till exempel ärendets löpnummer.', en: 'Enter a case reference, for example the case’s serial number.' },
  caseRefLong: { sv: 'Ärendereferensen får vara högst {{maximum}} tecken.', en: 'The case reference may be at most {{maximum}} characters.' },
  userNameShort: {
    sv: 'Skriv ditt namn eller dina initialer (minst {{minimum}} tecken).',
    en: 'Enter your name or initials (at least {{minimum}} characters).',
  },
  userNameLong: { sv: 'Namnet får vara högst {{maximum}} tecken.', en: 'The name may be at most {{maximum}} characters.' },
  folderMissing: {
    sv: 'Ange mappen på den gemensamma filytan, till exempel S:\\Kvalitet\\Enheten.',
    en: 'Enter the folder on the shared drive, for example S:\\Kvalitet\\Enheten.',
  },
  pathLong: { sv: 'Sökvägen får vara högst {{maximum}} tecken.', en: 'The path may be at most {{maximum}} characters.' },
  folderNotAbsolute: {
    sv: 'Ange hela sökvägen till mappen, till exempel S:\\Kvalitet\\Enheten eller \\\\server\\kvalitet.',
    en: 'Enter the folder’s full path, for example S:\\Kvalitet\\Enheten or \\\\server\\kvalitet.',
  },
} as const satisfies MessageGroup;
