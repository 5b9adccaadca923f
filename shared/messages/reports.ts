import type { MessageGroup } from './types';

const reload = { sv: 'Ladda om registret och försök igen.', en: 'Reload the register and try again.' } as const;
const actioned = { sv: 'Rapporten kan inte bli ”åtgärdad” förrän den har', en: 'The report cannot be “actioned” until it has' } as const;
const closed = { sv: 'Rapporten kan inte bli ”avslutad” förrän den har', en: 'The report cannot be “closed” until it has' } as const;

export const reportMessages = {
  measureMetricRequired: { sv: 'Välj vad i registret som ska mätas.', en: 'Choose what in the register is to be measured.' },
  measureDaysWhole: { sv: 'Ange dagarna i hela dagar.', en: 'Enter the days as whole days.' },
  measureDaysMin: { sv: 'Gränsen måste vara minst 1 dag.', en: 'The limit must be at least 1 day.' },
  measureDaysMax: { sv: 'Gränsen får vara högst 365 dagar.', en: 'The limit may be at most 365 days.' },
  measureDaysForShare: {
    sv: 'En andel inom en gräns behöver antalet dagar; ett antal rapporter har ingen gräns.',
    en: 'A share within a limit needs the number of days; a count of reports has no limit.',
  },
  measureFeedbackSender: { sv: 'Återkoppling ges bara på klagomål och synpunkter.', en: 'Feedback is given only on complaints and comments.' },
  archivedPlan: {
    sv: 'Planen är arkiverad, så rapporterna i dess register kan inte ändras. Återöppna planen först.',
    en: 'The plan is archived, so the reports in its register cannot be changed. Reopen the plan first.',
  },
  reportMissing: { sv: `Rapporten finns inte längre. ${reload.sv}`, en: `The report no longer exists. ${reload.en}` },
  unitMissing: { sv: `Enheten finns inte längre. ${reload.sv}`, en: `The unit no longer exists. ${reload.en}` },
  categoryMissing: { sv: `Kategorin finns inte längre. ${reload.sv}`, en: `The category no longer exists. ${reload.en}` },
  riskOtherPlan: { sv: 'Risken hör inte till samma plan som rapporten. Välj en i årets plan.', en: "The risk does not belong to the same plan as the report. Choose one in this year's plan." },
  actionOtherPlan: { sv: 'Åtgärden hör inte till samma plan som rapporten. Välj en i årets plan.', en: "The action does not belong to the same plan as the report. Choose one in this year's plan." },
  processOtherPlan: { sv: 'Processen hör inte till samma plan som rapporten. Välj en i årets plan.', en: "The process does not belong to the same plan as the report. Choose one in this year's plan." },
  actionNeedsRisk: {
    sv: 'Åtgärder i planen hör till en risk. Koppla rapporten till en risk först, eller välj vilken risk åtgärden hör till.',
    en: 'Actions in the plan belong to a risk. Link the report to a risk first, or choose which risk the action belongs to.',
  },
  riskNeedsProcess: { sv: 'Välj vilken process i planen risken hör till.', en: 'Choose which process in the plan the risk belongs to.' },
  closedNeedsDate: {
    sv: 'En avslutad rapport behöver ett datum för avslut, som inte ligger före dagen den kom in.',
    en: 'A closed report needs a closing date that is not before the day it came in.',
  },
  categoryNotInUnit: { sv: `Kategorin finns inte hos enheten. ${reload.sv}`, en: `The category does not exist at the unit. ${reload.en}` },
  categoryOtherKind: {
    sv: 'Kategorin ”{{name}}” hör till ett annat slag av rapport. Välj en kategori för det här slaget.',
    en: 'The category “{{name}}” belongs to another kind of report. Choose a category for this kind.',
  },
  processNotInPlan: { sv: `Processen finns inte i årets plan. ${reload.sv}`, en: `The process is not in this year's plan. ${reload.en}` },
  areaNotInPlan: {
    sv: `Ett av de valda kvalitetsområdena finns inte i planen. ${reload.sv}`,
    en: `One of the chosen quality areas is not in the plan. ${reload.en}`,
  },
  closedBeforeReceived: { sv: 'En rapport kan inte avslutas innan den kom in.', en: 'A report cannot be closed before it came in.' },
  deleteHasActions: {
    sv: 'Rapporten har beslutade åtgärder i planen. Åtgärderna finns kvar i planen; bekräfta att rapporten ändå ska tas bort.',
    en: 'The report has decided actions in the plan. The actions stay in the plan; confirm that the report should be deleted anyway.',
  },
  categoryDuplicate: { sv: 'Det finns redan en kategori som heter ”{{name}}”.', en: 'There is already a category called “{{name}}”.' },
  anonymousOnlySender: { sv: 'Bara klagomål och synpunkter kan ha en anonym avsändare.', en: 'Only complaints and suggestions can have an anonymous sender.' },
  seriousOnlyLexSarah: {
    sv: 'Bedömningen av allvarlighet och anmälan till IVO hör bara till lex Sarah-rapporter.',
    en: 'The assessment of seriousness and the notification to IVO belong only to lex Sarah reports.',
  },
  notSeriousNoIvo: {
    sv: 'En lex Sarah-rapport som inte bedöms som allvarlig anmäls inte till IVO. Ändra bedömningen eller ta bort anmälans datum.',
    en: 'A lex Sarah report not assessed as serious is not reported to IVO. Change the assessment or remove the notification date.',
  },
  investigatedBeforeReceived: { sv: 'Utredningen kan inte ha blivit klar innan rapporten kom in.', en: 'The investigation cannot have been finished before the report came in.' },
  feedbackBeforeReceived: { sv: 'Återkopplingen kan inte ha skett innan rapporten kom in.', en: 'The feedback cannot have been given before the report came in.' },
  ivoBeforeReceived: { sv: 'Anmälan till IVO kan inte ha gjorts innan rapporten kom in.', en: 'The notification to IVO cannot have been made before the report came in.' },
  stepBack: {
    sv: 'En rapport kan bara flyttas tillbaka ett steg i taget, till exempel från Avslutad till Åtgärdad.',
    en: 'A report can only be moved back one step at a time, for example from Closed to Actioned.',
  },
  actionedNeedsConclusion: { sv: `${actioned.sv} utredningens slutsats.`, en: `${actioned.en} the investigation's conclusion.` },
  actionedNeedsInvestigator: { sv: `${actioned.sv} vem som utredde.`, en: `${actioned.en} who investigated.` },
  actionedNeedsInvestigatedOn: { sv: `${actioned.sv} datum då utredningen blev klar.`, en: `${actioned.en} the date the investigation was finished.` },
  actionedNeedsSerious: { sv: `${actioned.sv} bedömningen om missförhållandet är allvarligt.`, en: `${actioned.en} the assessment of whether the wrongdoing is serious.` },
  closedNeedsConclusion: { sv: `${closed.sv} utredningens slutsats.`, en: `${closed.en} the investigation's conclusion.` },
  closedNeedsInvestigator: { sv: `${closed.sv} vem som utredde.`, en: `${closed.en} who investigated.` },
  closedNeedsInvestigatedOn: { sv: `${closed.sv} datum då utredningen blev klar.`, en: `${closed.en} the date the investigation was finished.` },
  closedNeedsSerious: { sv: `${closed.sv} bedömningen om missförhållandet är allvarligt.`, en: `${closed.en} the assessment of whether the wrongdoing is serious.` },
  closedNeedsIvoDate: { sv: `${closed.sv} datum för anmälan till IVO.`, en: `${closed.en} the date of the notification to IVO.` },
  closedNeedsIvoReference: { sv: `${closed.sv} IVO:s diarienummer för anmälan.`, en: `${closed.en} IVO's reference number for the notification.` },
  closedNeedsFeedback: { sv: `${closed.sv} datum för återkoppling till avsändaren.`, en: `${closed.en} the date of feedback to the sender.` },
  closedNeedsActionDone: { sv: `${closed.sv} att den beslutade åtgärden är genomförd.`, en: `${closed.en} the decided action carried out.` },
  closedNeedsActionsDone: {
    sv: `${closed.sv} att de {{count}} beslutade åtgärderna är genomförda.`,
    en: `${closed.en} the {{count}} decided actions carried out.`,
  },
  anonymousRequired: { sv: 'Ange om avsändaren är anonym.', en: 'State whether the sender is anonymous.' },
  searchTooLong: { sv: 'Sökningen får vara högst 200 tecken.', en: 'The search may be at most 200 characters.' },
  categoryNameRequired: { sv: 'Kategorin behöver ett namn.', en: 'The category needs a name.' },
  kindRequired: { sv: 'Välj vilket slag av rapport det är.', en: 'Choose which kind of report it is.' },
  channelRequired: { sv: 'Välj hur rapporten kom in.', en: 'Choose how the report came in.' },
  statusRequired: { sv: 'Välj en status.', en: 'Choose a status.' },
  limitDaysNumber: { sv: 'Ange gränsen som ett antal dagar.', en: 'Give the limit as a number of days.' },
  limitDaysWhole: { sv: 'Ange gränsen i hela dagar.', en: 'Give the limit in whole days.' },
  limitDaysMin: { sv: 'Gränsen måste vara minst 1 dag.', en: 'The limit must be at least 1 day.' },
  limitDaysMax: { sv: 'Gränsen får vara högst 365 dagar.', en: 'The limit may be at most 365 days.' },
  feedbackDaysNumber: { sv: 'Ange gränsen för återkoppling som ett antal dagar.', en: 'Give the feedback limit as a number of days.' },
  feedbackDaysWhole: { sv: 'Ange gränsen för återkoppling i hela dagar.', en: 'Give the feedback limit in whole days.' },
  feedbackDaysMin: { sv: 'Gränsen för återkoppling måste vara minst 1 dag.', en: 'The feedback limit must be at least 1 day.' },
  feedbackDaysMax: { sv: 'Gränsen för återkoppling får vara högst 365 dagar.', en: 'The feedback limit may be at most 365 days.' },
  analysisPeriodStart: {
    sv: 'Analysen hör till en period: ange periodens första dag, till exempel 2026-05-01 för tertial 2.',
    en: 'The analysis belongs to a period: give the first day of the period, for example 2026-05-01 for the second four-month period.',
  },
} as const satisfies MessageGroup;
