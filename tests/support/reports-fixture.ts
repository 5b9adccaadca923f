import type { ReportKind } from '../../shared/reports/kinds';

/**
 * A register of 40 reports in 2026 and six in 2025, with the tertial figures counted by
 * hand below. Limits are the defaults: 30 days for avvikelser, klagomål and synpunkter
 * (återkoppling within 14), 7 for lex Sarah, 90 for tillsyn.
 */
export interface FixtureReport {
  n: number;
  kind: ReportKind;
  category: string;
  process: 'Förhandsbedömning' | 'Utredning' | null;
  areas: ('Trygghet och säkerhet' | 'Tillgänglighet')[];
  receivedOn: string;
  investigatedOn: string | null;
  /** Only for klagomål and synpunkter: anonymous senders get no återkoppling. */
  anonymous?: boolean;
  feedbackOn?: string | null;
  serious?: boolean;
  ivoReportedOn?: string;
}

const P1 = 'Förhandsbedömning' as const;
const P2 = 'Utredning' as const;
const A1 = 'Trygghet och säkerhet' as const;
const A2 = 'Tillgänglighet' as const;

export const FIXTURE_PROCESSES = [P1, P2];
export const FIXTURE_AREAS = [A1, A2];

export const PREVIOUS_YEAR: FixtureReport[] = [
  { n: 101, kind: 'avvikelse', category: 'Dokumentation', process: P1, areas: [], receivedOn: '2025-02-10', investigatedOn: null },
  { n: 102, kind: 'avvikelse', category: 'Dokumentation', process: P1, areas: [], receivedOn: '2025-03-05', investigatedOn: null },
  { n: 103, kind: 'klagomal', category: 'Bemötande', process: P2, areas: [], receivedOn: '2025-06-01', investigatedOn: null, anonymous: true },
  { n: 104, kind: 'avvikelse', category: 'Handläggning', process: P2, areas: [], receivedOn: '2025-10-15', investigatedOn: null },
  { n: 105, kind: 'synpunkt', category: 'Förslag på förbättring', process: null, areas: [], receivedOn: '2025-11-20', investigatedOn: null, anonymous: true },
  { n: 106, kind: 'lex_sarah', category: 'Missförhållande', process: P2, areas: [], receivedOn: '2025-12-01', investigatedOn: null },
];

export const THIS_YEAR: FixtureReport[] = [
  // Tertial 1
  { n: 1, kind: 'avvikelse', category: 'Dokumentation', process: P1, areas: [A1], receivedOn: '2026-01-08', investigatedOn: '2026-01-20' },
  { n: 2, kind: 'avvikelse', category: 'Dokumentation', process: P1, areas: [A1], receivedOn: '2026-01-15', investigatedOn: '2026-03-01' },
  { n: 3, kind: 'avvikelse', category: 'Dokumentation', process: P2, areas: [], receivedOn: '2026-02-03', investigatedOn: '2026-02-10' },
  { n: 4, kind: 'avvikelse', category: 'Handläggning', process: P2, areas: [A1, A2], receivedOn: '2026-02-14', investigatedOn: null },
  { n: 5, kind: 'avvikelse', category: 'Sekretess', process: P2, areas: [A1], receivedOn: '2026-03-02', investigatedOn: '2026-03-30' },
  { n: 6, kind: 'avvikelse', category: 'Hot och våld', process: null, areas: [], receivedOn: '2026-03-20', investigatedOn: '2026-04-25' },
  { n: 7, kind: 'klagomal', category: 'Bemötande', process: P1, areas: [A2], receivedOn: '2026-01-10', investigatedOn: '2026-01-25', feedbackOn: '2026-01-20' },
  { n: 8, kind: 'klagomal', category: 'Bemötande', process: P1, areas: [A2], receivedOn: '2026-02-01', investigatedOn: '2026-02-20', anonymous: true },
  { n: 9, kind: 'klagomal', category: 'Handläggningstid', process: P2, areas: [A2], receivedOn: '2026-02-20', investigatedOn: '2026-04-10', feedbackOn: '2026-03-25' },
  { n: 10, kind: 'klagomal', category: 'Handläggningstid', process: P2, areas: [], receivedOn: '2026-04-02', investigatedOn: null },
  { n: 11, kind: 'synpunkt', category: 'Förslag på förbättring', process: null, areas: [A2], receivedOn: '2026-01-12', investigatedOn: '2026-01-19', feedbackOn: '2026-01-19' },
  { n: 12, kind: 'synpunkt', category: 'Beröm', process: P1, areas: [], receivedOn: '2026-03-03', investigatedOn: null, anonymous: true },
  { n: 13, kind: 'synpunkt', category: 'Förslag på förbättring', process: P2, areas: [A2], receivedOn: '2026-04-18', investigatedOn: null, feedbackOn: '2026-05-20' },
  { n: 14, kind: 'lex_sarah', category: 'Missförhållande', process: P2, areas: [A1], receivedOn: '2026-02-05', investigatedOn: '2026-02-10', serious: true, ivoReportedOn: '2026-02-12' },
  { n: 15, kind: 'lex_sarah', category: 'Påtaglig risk för missförhållande', process: P1, areas: [A1], receivedOn: '2026-04-07', investigatedOn: '2026-04-20', serious: false },
  { n: 16, kind: 'tillsyn', category: 'Inspektion', process: null, areas: [], receivedOn: '2026-03-10', investigatedOn: '2026-04-30' },
  // Tertial 2
  { n: 17, kind: 'avvikelse', category: 'Dokumentation', process: P1, areas: [A1], receivedOn: '2026-05-04', investigatedOn: '2026-05-10' },
  { n: 18, kind: 'avvikelse', category: 'Dokumentation', process: P1, areas: [], receivedOn: '2026-05-18', investigatedOn: '2026-05-30' },
  { n: 19, kind: 'avvikelse', category: 'Dokumentation', process: P1, areas: [A1], receivedOn: '2026-06-01', investigatedOn: null },
  { n: 20, kind: 'avvikelse', category: 'Handläggning', process: P2, areas: [A1], receivedOn: '2026-06-10', investigatedOn: '2026-08-01' },
  { n: 21, kind: 'avvikelse', category: 'Arbetsmiljö', process: null, areas: [], receivedOn: '2026-06-22', investigatedOn: '2026-07-01' },
  { n: 22, kind: 'avvikelse', category: 'Samverkan', process: P2, areas: [A2], receivedOn: '2026-07-07', investigatedOn: '2026-07-30' },
  { n: 23, kind: 'avvikelse', category: 'Dokumentation', process: P2, areas: [A1], receivedOn: '2026-08-15', investigatedOn: null },
  { n: 24, kind: 'klagomal', category: 'Bemötande', process: P1, areas: [A2], receivedOn: '2026-05-09', investigatedOn: '2026-05-20', feedbackOn: '2026-05-20' },
  { n: 25, kind: 'klagomal', category: 'Beslut och insatser', process: P2, areas: [], receivedOn: '2026-06-12', investigatedOn: '2026-06-30', feedbackOn: '2026-07-10' },
  { n: 26, kind: 'klagomal', category: 'Bemötande', process: P2, areas: [A2], receivedOn: '2026-08-05', investigatedOn: null, anonymous: true },
  { n: 27, kind: 'synpunkt', category: 'Information och tillgänglighet', process: null, areas: [A2], receivedOn: '2026-05-25', investigatedOn: null, feedbackOn: '2026-06-01' },
  { n: 28, kind: 'synpunkt', category: 'Förslag på förbättring', process: P1, areas: [], receivedOn: '2026-07-15', investigatedOn: null, anonymous: true },
  { n: 29, kind: 'lex_sarah', category: 'Missförhållande', process: P1, areas: [A1], receivedOn: '2026-06-03', investigatedOn: '2026-06-09', serious: true, ivoReportedOn: '2026-06-15' },
  { n: 30, kind: 'lex_sarah', category: 'Missförhållande', process: P2, areas: [A1, A2], receivedOn: '2026-08-20', investigatedOn: '2026-08-26', serious: false },
  // Tertial 3
  { n: 31, kind: 'avvikelse', category: 'Dokumentation', process: P1, areas: [A1], receivedOn: '2026-09-02', investigatedOn: '2026-09-15' },
  { n: 32, kind: 'avvikelse', category: 'Sekretess', process: P2, areas: [A1], receivedOn: '2026-09-20', investigatedOn: null },
  { n: 33, kind: 'avvikelse', category: 'Handläggning', process: P2, areas: [], receivedOn: '2026-10-05', investigatedOn: '2026-11-20' },
  { n: 34, kind: 'avvikelse', category: 'Hot och våld', process: null, areas: [A1], receivedOn: '2026-11-11', investigatedOn: '2026-11-12' },
  { n: 35, kind: 'klagomal', category: 'Handläggningstid', process: P2, areas: [A2], receivedOn: '2026-09-09', investigatedOn: '2026-09-30', feedbackOn: '2026-09-20' },
  { n: 36, kind: 'klagomal', category: 'Bemötande', process: P1, areas: [], receivedOn: '2026-10-28', investigatedOn: null },
  { n: 37, kind: 'synpunkt', category: 'Beröm', process: null, areas: [], receivedOn: '2026-12-01', investigatedOn: null, feedbackOn: '2026-12-03' },
  { n: 38, kind: 'lex_sarah', category: 'Påtaglig risk för missförhållande', process: P2, areas: [A1], receivedOn: '2026-10-10', investigatedOn: '2026-10-16', serious: true, ivoReportedOn: '2026-10-20' },
  { n: 39, kind: 'tillsyn', category: 'Klagomålsärende', process: P2, areas: [], receivedOn: '2026-11-03', investigatedOn: null },
  { n: 40, kind: 'tillsyn', category: 'Inspektion', process: null, areas: [A1], receivedOn: '2026-12-12', investigatedOn: '2026-12-20' },
];

const fig = (count: number, previousPeriod: number, previousYear: number) => ({ count, previousPeriod, previousYear });

/** Counted by hand from the lists above; shares in per cent. */
export const EXPECTED_TERTIALS = [
  {
    key: '2026-T1',
    total: fig(16, 3, 2),
    received: { avvikelse: fig(6, 1, 2), klagomal: fig(4, 0, 0), synpunkt: fig(3, 1, 0), lex_sarah: fig(2, 1, 0), tillsyn: fig(1, 0, 0) },
    investigatedWithinShare: { avvikelse: 50, klagomal: 50, synpunkt: 100 / 3, lex_sarah: 50, tillsyn: 100 },
    feedback: {
      klagomal: { expected: 3, given: 2, share: 200 / 3, withinShare: 100 / 3 },
      synpunkt: { expected: 2, given: 2, share: 100, withinShare: 50 },
    },
    lexSarah: { reports: fig(2, 1, 0), serious: 1, reportedToIvo: 1 },
    byCategory: [
      ['avvikelse', 'Handläggning', fig(1, 1, 0)],
      ['avvikelse', 'Dokumentation', fig(3, 0, 2)],
      ['avvikelse', 'Sekretess', fig(1, 0, 0)],
      ['avvikelse', 'Hot och våld', fig(1, 0, 0)],
      ['klagomal', 'Bemötande', fig(2, 0, 0)],
      ['klagomal', 'Handläggningstid', fig(2, 0, 0)],
      ['synpunkt', 'Förslag på förbättring', fig(2, 1, 0)],
      ['synpunkt', 'Beröm', fig(1, 0, 0)],
      ['lex_sarah', 'Missförhållande', fig(1, 1, 0)],
      ['lex_sarah', 'Påtaglig risk för missförhållande', fig(1, 0, 0)],
      ['tillsyn', 'Inspektion', fig(1, 0, 0)],
    ],
    byProcess: [
      ['avvikelse', P1, fig(2, 0, 2)],
      ['avvikelse', P2, fig(3, 1, 0)],
      ['avvikelse', null, fig(1, 0, 0)],
      ['klagomal', P1, fig(2, 0, 0)],
      ['klagomal', P2, fig(2, 0, 0)],
      ['synpunkt', P1, fig(1, 0, 0)],
      ['synpunkt', P2, fig(1, 0, 0)],
      ['synpunkt', null, fig(1, 1, 0)],
      ['lex_sarah', P1, fig(1, 0, 0)],
      ['lex_sarah', P2, fig(1, 1, 0)],
      ['tillsyn', null, fig(1, 0, 0)],
    ],
    byQualityArea: [
      ['avvikelse', A2, fig(1, 0, 0)],
      ['avvikelse', A1, fig(4, 0, 0)],
      ['klagomal', A2, fig(3, 0, 0)],
      ['synpunkt', A2, fig(2, 0, 0)],
      ['lex_sarah', A1, fig(2, 0, 0)],
    ],
  },
  {
    key: '2026-T2',
    total: fig(14, 16, 1),
    received: { avvikelse: fig(7, 6, 0), klagomal: fig(3, 4, 1), synpunkt: fig(2, 3, 0), lex_sarah: fig(2, 2, 0), tillsyn: fig(0, 1, 0) },
    investigatedWithinShare: { avvikelse: 400 / 7, klagomal: 200 / 3, synpunkt: 0, lex_sarah: 100, tillsyn: null },
    feedback: {
      klagomal: { expected: 2, given: 2, share: 100, withinShare: 50 },
      synpunkt: { expected: 1, given: 1, share: 100, withinShare: 100 },
    },
    lexSarah: { reports: fig(2, 2, 0), serious: 1, reportedToIvo: 1 },
  },
  {
    key: '2026-T3',
    total: fig(10, 14, 3),
    received: { avvikelse: fig(4, 7, 1), klagomal: fig(2, 3, 0), synpunkt: fig(1, 2, 1), lex_sarah: fig(1, 2, 1), tillsyn: fig(2, 0, 0) },
    investigatedWithinShare: { avvikelse: 50, klagomal: 50, synpunkt: 0, lex_sarah: 100, tillsyn: 50 },
    feedback: {
      klagomal: { expected: 2, given: 1, share: 50, withinShare: 50 },
      synpunkt: { expected: 1, given: 1, share: 100, withinShare: 100 },
    },
    lexSarah: { reports: fig(1, 2, 1), serious: 1, reportedToIvo: 1 },
  },
] as const;
