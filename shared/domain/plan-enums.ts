import { z } from 'zod';

export const ProcessGroup = z.enum(['main', 'support']);
export type ProcessGroup = z.infer<typeof ProcessGroup>;

/** How a control is measured (mätmetod). */
export const MeasureMethod = z.enum(['checklist', 'file_audit', 'case_system_report', 'survey', 'count', 'other']);
export type MeasureMethod = z.infer<typeof MeasureMethod>;

/** How often a control is measured (mättillfälle). */
export const MeasureFrequency = z.enum(['monthly', 'quarterly', 'tertial', 'half_year', 'yearly', 'once', 'continuous']);
export type MeasureFrequency = z.infer<typeof MeasureFrequency>;

/** What kind of figure a control's result is. */
export const MeasureKind = z.enum(['share', 'count', 'number', 'yes_no', 'text']);
export type MeasureKind = z.infer<typeof MeasureKind>;

/** Whether a result at or above the target is good, or at or below it. */
export const TargetDirection = z.enum(['at_least', 'at_most']);
export type TargetDirection = z.infer<typeof TargetDirection>;

export const ActionStatus = z.enum(['not_started', 'in_progress', 'done', 'cancelled']);
export type ActionStatus = z.infer<typeof ActionStatus>;

export const PlanStatus = z.enum(['draft', 'adopted', 'archived']);
export type PlanStatus = z.infer<typeof PlanStatus>;

/**
 * Swedish names of the enum values, as they stand in the spreadsheet template and
 * in documents for the board. The UI has its own translations through i18n.
 */
export const swedishLabels = {
  processGroup: { main: 'Huvudprocess', support: 'Stödprocess' },
  measureMethod: {
    checklist: 'Checklista vid ärendedragning',
    file_audit: 'Aktgranskning',
    case_system_report: 'Rapport från verksamhetssystemet',
    survey: 'Enkät',
    count: 'Räkning',
    other: 'Annat',
  },
  measureFrequency: {
    monthly: 'Varje månad',
    quarterly: 'Varje kvartal',
    tertial: 'Varje tertial',
    half_year: 'Varje halvår',
    yearly: 'En gång per år',
    once: 'Vid ett tillfälle',
    continuous: 'Löpande',
  },
  targetDirection: { at_least: 'Minst', at_most: 'Högst' },
  measureKind: { share: 'Andel', count: 'Antal', number: 'Tal', yes_no: 'Ja/nej', text: 'Fritext' },
  actionStatus: { not_started: 'Ej påbörjad', in_progress: 'Pågår', done: 'Klar', cancelled: 'Avbruten' },
  planStatus: { draft: 'Utkast', adopted: 'Fastställd', archived: 'Arkiverad' },
} as const;

export const SOCIALSTYRELSEN_QUALITY_AREAS = [
  'Självbestämmande och integritet',
  'Helhetssyn och samordning',
  'Trygghet och säkerhet',
  'Kunskapsbaserad verksamhet',
  'Tillgänglighet',
  'Effektivitet',
] as const;
