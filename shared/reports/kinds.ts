import { z } from 'zod';
import { keyed } from '../messages/zod-issues';

/**
 * What comes in during the year. The values are the Swedish domain words, since the
 * kinds have no faithful English names (lex Sarah, IVO:s tillsyn).
 */
export const ReportKind = z.enum(['avvikelse', 'klagomal', 'synpunkt', 'lex_sarah', 'tillsyn'], { message: keyed('reports.kindRequired') });
export type ReportKind = z.infer<typeof ReportKind>;
export const REPORT_KINDS = ReportKind.options;

/** How a report reached the unit. */
export const ReportChannel = z.enum(['blankett', 'e_tjanst', 'telefon', 'brev_epost', 'muntligt'], { message: keyed('reports.channelRequired') });
export type ReportChannel = z.infer<typeof ReportChannel>;

/** The handling of a report, always in this order; see status.ts for what each step asks. */
export const ReportStatus = z.enum(['mottagen', 'under_utredning', 'atgardad', 'avslutad'], { message: keyed('reports.statusRequired') });
export type ReportStatus = z.infer<typeof ReportStatus>;
export const REPORT_STATUSES = ReportStatus.options;

/** Swedish names as documents, the CLI and the Swedish UI print them; the English UI has its own in i18n. */
export const reportLabels = {
  kind: {
    avvikelse: 'Avvikelse',
    klagomal: 'Klagomål',
    synpunkt: 'Synpunkt',
    lex_sarah: 'Lex Sarah-rapport',
    tillsyn: 'Tillsynsärende',
  },
  channel: {
    blankett: 'Blankett',
    e_tjanst: 'E-tjänst',
    telefon: 'Telefon',
    brev_epost: 'Brev/e-post',
    muntligt: 'Muntligt',
  },
  status: {
    mottagen: 'Mottagen',
    under_utredning: 'Under utredning',
    atgardad: 'Åtgärdad',
    avslutad: 'Avslutad',
  },
} as const satisfies { kind: Record<ReportKind, string>; channel: Record<ReportChannel, string>; status: Record<ReportStatus, string> };

/** Klagomål and synpunkter come from someone outside, who may stay anonymous and otherwise gets återkoppling. */
export function hasSender(kind: ReportKind): boolean {
  return kind === 'klagomal' || kind === 'synpunkt';
}

/**
 * The categories a unit starts with, per kind. Municipalities word them differently, so
 * each unit edits its own list; these follow what the seeds and Socialstyrelsen's
 * handbook name most often.
 */
export const DEFAULT_CATEGORIES: Record<ReportKind, readonly string[]> = {
  avvikelse: ['Handläggning', 'Dokumentation', 'Sekretess', 'Bemötande', 'Hot och våld', 'Arbetsmiljö', 'Samverkan', 'Övrigt'],
  klagomal: ['Bemötande', 'Handläggningstid', 'Beslut och insatser', 'Information och tillgänglighet', 'Övrigt'],
  synpunkt: ['Förslag på förbättring', 'Information och tillgänglighet', 'Bemötande', 'Beröm', 'Övrigt'],
  lex_sarah: ['Missförhållande', 'Påtaglig risk för missförhållande'],
  tillsyn: ['Inspektion', 'Klagomålsärende', 'Lex Sarah-anmälan', 'Egeninitierad tillsyn', 'Övrigt'],
};
