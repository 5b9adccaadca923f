import { localized, type LocalizedMessage } from '../errors';
import { hasSender, REPORT_STATUSES, type ReportKind, type ReportStatus } from './kinds';

/** What the status rules look at: the report's fields and the plan actions linked to it. */
export interface StatusFacts {
  kind: ReportKind;
  status: ReportStatus;
  anonymous: boolean;
  conclusion: string;
  investigatedBy: string;
  investigatedOn: string | null;
  feedbackOn: string | null;
  serious: boolean | null;
  ivoReportedOn: string | null;
  ivoReference: string;
  /** Linked actions neither done nor cancelled. */
  openActions: number;
}

const rank = (status: ReportStatus) => REPORT_STATUSES.indexOf(status);

/** The report lacks one thing per key; a key names the status asked for, so each language says the whole sentence. */
type Need = 'Conclusion' | 'Investigator' | 'InvestigatedOn' | 'Serious';

/** What a report must hold to be åtgärdad: the utredning is done, and a lex Sarah report is assessed. */
function investigationNeeds(facts: StatusFacts): Need[] {
  const missing: Need[] = [];
  if (!facts.conclusion.trim()) missing.push('Conclusion');
  if (!facts.investigatedBy.trim()) missing.push('Investigator');
  if (!facts.investigatedOn) missing.push('InvestigatedOn');
  if (facts.kind === 'lex_sarah' && facts.serious === null) missing.push('Serious');
  return missing;
}

const ACTIONED_KEYS = {
  Conclusion: 'reports.actionedNeedsConclusion',
  Investigator: 'reports.actionedNeedsInvestigator',
  InvestigatedOn: 'reports.actionedNeedsInvestigatedOn',
  Serious: 'reports.actionedNeedsSerious',
} as const;

const CLOSED_KEYS = {
  Conclusion: 'reports.closedNeedsConclusion',
  Investigator: 'reports.closedNeedsInvestigator',
  InvestigatedOn: 'reports.closedNeedsInvestigatedOn',
  Serious: 'reports.closedNeedsSerious',
} as const;

function actionedNeeds(facts: StatusFacts): LocalizedMessage[] {
  return investigationNeeds(facts).map((need) => localized(ACTIONED_KEYS[need]));
}

/** What closing asks besides: anmälan to IVO when allvarligt, återkoppling to a known sender, IVO's decided actions carried out. */
function closedNeeds(facts: StatusFacts): LocalizedMessage[] {
  const missing = investigationNeeds(facts).map((need) => localized(CLOSED_KEYS[need]));
  if (facts.kind === 'lex_sarah' && facts.serious === true) {
    if (!facts.ivoReportedOn) missing.push(localized('reports.closedNeedsIvoDate'));
    if (!facts.ivoReference.trim()) missing.push(localized('reports.closedNeedsIvoReference'));
  }
  if (hasSender(facts.kind) && !facts.anonymous && !facts.feedbackOn) missing.push(localized('reports.closedNeedsFeedback'));
  if (facts.kind === 'tillsyn' && facts.openActions > 0) {
    missing.push(facts.openActions === 1 ? localized('reports.closedNeedsActionDone') : localized('reports.closedNeedsActionsDone', { count: facts.openActions }));
  }
  return missing;
}

const NEEDS: Record<ReportStatus, (facts: StatusFacts) => LocalizedMessage[]> = {
  mottagen: () => [],
  under_utredning: () => [],
  atgardad: actionedNeeds,
  avslutad: closedNeeds,
};

/** A refused change names the first thing missing; the form shows the fields, so one sentence is enough to act on. */
export type StatusCheck = { ok: true } | { ok: false; message: LocalizedMessage };

/**
 * The handling goes forward, a step or several, once the fields the new status asks for
 * are filled in; back only one step at a time, to correct a mistake or reopen a closed report.
 */
export function checkStatusChange(facts: StatusFacts, to: ReportStatus): StatusCheck {
  const step = rank(to) - rank(facts.status);
  if (step < -1) {
    return { ok: false, message: localized('reports.stepBack') };
  }
  if (step <= 0) return { ok: true };
  const [first] = NEEDS[to](facts);
  return first ? { ok: false, message: first } : { ok: true };
}
