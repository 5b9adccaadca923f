import type { MessageGroup } from './types';

const reloadPlan = { sv: 'Ladda om planen och försök igen.', en: 'Reload the plan and try again.' } as const;

export const planMessages = {
  notFound: { sv: 'Planen finns inte längre. Ladda om listan och försök igen.', en: 'The plan no longer exists. Reload the list and try again.' },
  processMissing: { sv: `Processen finns inte längre. ${reloadPlan.sv}`, en: `The process no longer exists. ${reloadPlan.en}` },
  riskMissing: { sv: `Risken finns inte längre. ${reloadPlan.sv}`, en: `The risk no longer exists. ${reloadPlan.en}` },
  controlMissing: { sv: `Egenkontrollen finns inte längre. ${reloadPlan.sv}`, en: `The control no longer exists. ${reloadPlan.en}` },
  actionMissing: { sv: `Åtgärden finns inte längre. ${reloadPlan.sv}`, en: `The action no longer exists. ${reloadPlan.en}` },
  qualityAreaMissing: { sv: `Kvalitetsområdet finns inte längre. ${reloadPlan.sv}`, en: `The quality area no longer exists. ${reloadPlan.en}` },
  improvementAreaMissing: { sv: `Förbättringsområdet finns inte längre. ${reloadPlan.sv}`, en: `The improvement area no longer exists. ${reloadPlan.en}` },
  importedUnit: {
    sv: 'Enheten är importerad från ett årspaket och kan bara läsas här. Ändringar görs i enhetens egen Kvalitetshjulet; importera sedan dess nya paket.',
    en: 'The unit is imported from a year bundle and is read-only here. Changes are made in the unit’s own Kvalitetshjulet; then import its new bundle.',
  },
  adoptedLocked: {
    sv: 'Planen är fastställd och därför låst. Välj ”Återöppna planen” om den behöver ändras.',
    en: 'The plan is adopted and therefore locked. Choose “Reopen the plan” if it needs to change.',
  },
  archivedLocked: {
    sv: 'Planen är arkiverad och kan inte ändras. Återöppna den först om den behöver ändras.',
    en: 'The plan is archived and cannot be changed. Reopen it first if it needs to change.',
  },
  alreadyExists: {
    sv: '{{unit}} har redan en kvalitetsplan för {{year}}. Öppna den i stället för att skapa en ny.',
    en: '{{unit}} already has a quality plan for {{year}}. Open it instead of creating a new one.',
  },
  unknownQualityArea: {
    sv: 'Kvalitetsområdet ”{{name}}” finns inte i planens lista över kvalitetsområden.',
    en: 'The quality area “{{name}}” is not in the plan’s list of quality areas.',
  },
  qualityAreaNotInPlan: {
    sv: `Ett av de valda kvalitetsområdena finns inte i planen. ${reloadPlan.sv}`,
    en: `One of the chosen quality areas is not in the plan. ${reloadPlan.en}`,
  },
  cellOutsideMatrix: {
    sv: 'Planens riskmatris har sannolikhet 1–{{likelihood}} och konsekvens 1–{{consequence}}. Välj en ruta inom matrisen.',
    en: 'The plan’s risk matrix has likelihood 1–{{likelihood}} and consequence 1–{{consequence}}. Choose a cell inside the matrix.',
  },
  riskMoveOtherPlan: {
    sv: 'En risk kan bara flyttas till en process i samma plan.',
    en: 'A risk can only be moved to a process in the same plan.',
  },
  matrixChangedSincePreview: {
    sv: 'Bedömningarna har ändrats sedan förhandsvisningen. Granska ändringen igen och bekräfta på nytt.',
    en: 'The assessments have changed since the preview. Review the change again and confirm once more.',
  },
} as const satisfies MessageGroup;
