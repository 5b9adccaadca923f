import type { MessageGroup } from './types';

const reload = { sv: 'Ladda om och försök igen.', en: 'Reload and try again.' } as const;

export const checklistMessages = {
  archivedPlan: {
    sv: 'Planen är arkiverad, så dess checklistor, genomgångar och resultat kan inte ändras. Återöppna planen först.',
    en: 'The plan is archived, so its checklists, runs and results cannot be changed. Reopen the plan first.',
  },
  templateMissing: { sv: `Checklistan finns inte längre. ${reload.sv}`, en: `The checklist no longer exists. ${reload.en}` },
  versionMissing: { sv: `Den versionen av checklistan finns inte längre. ${reload.sv}`, en: `That version of the checklist no longer exists. ${reload.en}` },
  itemMissing: { sv: `Frågan finns inte längre. ${reload.sv}`, en: `The question no longer exists. ${reload.en}` },
  runMissing: { sv: `Genomgången finns inte längre. ${reload.sv}`, en: `The run no longer exists. ${reload.en}` },
  commentWithoutAnswer: {
    sv: 'Frågan har inget svar ännu. Svara på frågan innan du skriver en kommentar.',
    en: 'The question has no answer yet. Answer the question before you write a comment.',
  },
  caseMissing: { sv: `Ärendet finns inte längre. ${reload.sv}`, en: `The case no longer exists. ${reload.en}` },
  linkOtherPlan: {
    sv: 'En fråga kan bara kopplas till en egenkontroll i samma plan. Ladda om planen och försök igen.',
    en: 'A question can only be linked to a control in the same plan. Reload the plan and try again.',
  },
  controlCountedFromYesNo: {
    sv: 'Egenkontrollen ”{{control}}” räknas redan från ja/nej-frågor (”{{question}}”). En egenkontroll räknas antingen från ja/nej-frågor eller från frågor med tal. Koppla bort den andra frågan först.',
    en: 'The control “{{control}}” is already counted from yes/no questions (“{{question}}”). A control is counted either from yes/no questions or from number questions. Unlink the other question first.',
  },
  controlCountedFromNumber: {
    sv: 'Egenkontrollen ”{{control}}” räknas redan från frågor med tal (”{{question}}”). En egenkontroll räknas antingen från ja/nej-frågor eller från frågor med tal. Koppla bort den andra frågan först.',
    en: 'The control “{{control}}” is already counted from number questions (“{{question}}”). A control is counted either from yes/no questions or from number questions. Unlink the other question first.',
  },
  controlCountedFromOther: {
    sv: 'Egenkontrollen ”{{control}}” räknas redan från andra frågor (”{{question}}”). En egenkontroll räknas antingen från ja/nej-frågor eller från frågor med tal. Koppla bort den andra frågan först.',
    en: 'The control “{{control}}” is already counted from other questions (“{{question}}”). A control is counted either from yes/no questions or from number questions. Unlink the other question first.',
  },
  followUpItemNotInRun: {
    sv: 'Frågan hör inte till den här genomgången. Ladda om och försök igen.',
    en: 'The question does not belong to this run. Reload and try again.',
  },
  followUpNoControl: {
    sv: 'Frågan är inte kopplad till någon egenkontroll. Välj vilken risk i planen åtgärden hör till.',
    en: 'The question is not linked to any control. Choose which risk in the plan the action belongs to.',
  },
  followUpOtherPlan: {
    sv: 'Åtgärden kan bara läggas under en risk i samma plan som genomgången.',
    en: 'The action can only be placed under a risk in the same plan as the run.',
  },
  followUpNoDeviations: {
    sv: 'Frågan har inga avvikelser i den här genomgången. Beskriv åtgärden.',
    en: 'The question has no deviations in this run. Describe the action.',
  },
  caseGone: {
    sv: 'Ärendet finns inte längre i genomgången. Ladda om genomgången och försök igen.',
    en: 'The case is no longer in the run. Reload the run and try again.',
  },
  answersArchived: {
    sv: 'Planen är arkiverad, så svaren i dess genomgångar kan inte ändras.',
    en: 'The plan is archived, so the answers in its runs cannot be changed.',
  },
  itemNotInRun: {
    sv: 'Frågan hör inte till den här genomgångens checklista. Ladda om genomgången och försök igen.',
    en: 'The question does not belong to this run’s checklist. Reload the run and try again.',
  },
  runDateOutsideYear: {
    sv: 'Datumet {{date}} ligger utanför planens år {{year}}. En genomgång hör till planen för det år den hålls.',
    en: 'The date {{date}} is outside the plan’s year {{year}}. A run belongs to the plan for the year it is held.',
  },
  templateArchived: {
    sv: 'Checklistan ”{{name}}” är arkiverad. Återställ den för att använda den i en ny genomgång.',
    en: 'The checklist “{{name}}” is archived. Restore it to use it in a new run.',
  },
  runHasAnswers: {
    sv: 'Genomgången har {{count}} svar. Bekräfta att de ska tas bort tillsammans med genomgången.',
    en: 'The run has {{count}} answers. Confirm that they are to be deleted together with the run.',
  },
  duplicateCase: { sv: 'Ärendet {{caseRef}} finns redan i den här genomgången.', en: 'The case {{caseRef}} is already in this run.' },
  caseHasAnswers: {
    sv: 'Ärendet {{caseRef}} har {{count}} svar. Bekräfta att svaren ska tas bort tillsammans med ärendet.',
    en: 'The case {{caseRef}} has {{count}} answers. Confirm that the answers are to be deleted together with the case.',
  },
  notANumber: { sv: 'Fråga {{number}}: ”{{text}}” är inget tal.', en: 'Question {{number}}: “{{text}}” is not a number.' },
  minAboveMax: {
    sv: 'Det minsta tillåtna värdet ({{min}}) är större än det största ({{max}}).',
    en: 'The smallest allowed value ({{min}}) is larger than the largest ({{max}}).',
  },
  tooFewChoices: { sv: 'En valfråga behöver minst två svarsalternativ.', en: 'A choice question needs at least two answer options.' },
  duplicateChoices: { sv: 'Två svarsalternativ har samma text.', en: 'Two answer options have the same text.' },
  aggregationMismatch: {
    sv: 'Det sättet att räkna passar inte en fråga av den här typen.',
    en: 'That way of counting does not suit a question of this type.',
  },
  kindNotCounted: {
    sv: 'En fråga av den här typen kan inte räknas in i en egenkontroll.',
    en: 'A question of this type cannot be counted in a control.',
  },
  limitValueMissing: {
    sv: 'Ange gränsvärdet, till exempel 14 för ”högst 14 dagar”.',
    en: 'Enter the limit, for example 14 for “at most 14 days”.',
  },
  aggregationMissing: {
    sv: 'Välj hur frågan räknas in i egenkontrollens resultat.',
    en: 'Choose how the question counts in the control’s result.',
  },
  answerNotNumber: { sv: 'Svaret ska vara ett tal.', en: 'The answer must be a number.' },
  answerBelowMin: { sv: 'Svaret får inte vara mindre än {{minimum}}.', en: 'The answer may not be less than {{minimum}}.' },
  answerBelowMinUnit: { sv: 'Svaret får inte vara mindre än {{minimum}} {{unit}}.', en: 'The answer may not be less than {{minimum}} {{unit}}.' },
  answerAboveMax: { sv: 'Svaret får inte vara större än {{maximum}}.', en: 'The answer may not be greater than {{maximum}}.' },
  answerAboveMaxUnit: { sv: 'Svaret får inte vara större än {{maximum}} {{unit}}.', en: 'The answer may not be greater than {{maximum}} {{unit}}.' },
  chooseOne: { sv: 'Välj ett av svarsalternativen.', en: 'Choose one of the answer options.' },
  chooseOneOf: { sv: 'Välj ett av svarsalternativen: {{choices}}.', en: 'Choose one of the answer options: {{choices}}.' },
  yesNoNa: { sv: 'Svara ja, nej eller ej aktuellt.', en: 'Answer yes, no or not applicable.' },
  answerDate: { sv: 'Ange ett datum som ÅÅÅÅ-MM-DD.', en: 'Enter a date as YYYY-MM-DD.' },
  chooseSome: { sv: 'Välj ett eller flera svarsalternativ.', en: 'Choose one or more answer options.' },
  choiceTwice: { sv: 'Samma svarsalternativ är valt två gånger.', en: 'The same answer option is chosen twice.' },
  answerTextMissing: { sv: 'Skriv ett svar, eller ta bort svaret.', en: 'Write an answer, or remove the answer.' },
  answerMismatch: { sv: 'Svaret passar inte frågan.', en: 'The answer does not fit the question.' },
} as const satisfies MessageGroup;
