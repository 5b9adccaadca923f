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

/** What a report must hold to be åtgärdad: the utredning is done, and a lex Sarah report is assessed. */
function actionedNeeds(facts: StatusFacts): string[] {
  const missing: string[] = [];
  if (!facts.conclusion.trim()) missing.push('utredningens slutsats');
  if (!facts.investigatedBy.trim()) missing.push('vem som utredde');
  if (!facts.investigatedOn) missing.push('datum då utredningen blev klar');
  if (facts.kind === 'lex_sarah' && facts.serious === null) missing.push('bedömningen om missförhållandet är allvarligt');
  return missing;
}

/** What closing asks besides: anmälan to IVO when allvarligt, återkoppling to a known sender, IVO's decided actions carried out. */
function closedNeeds(facts: StatusFacts): string[] {
  const missing = actionedNeeds(facts);
  if (facts.kind === 'lex_sarah' && facts.serious === true) {
    if (!facts.ivoReportedOn) missing.push('datum för anmälan till IVO');
    if (!facts.ivoReference.trim()) missing.push('IVO:s diarienummer för anmälan');
  }
  if (hasSender(facts.kind) && !facts.anonymous && !facts.feedbackOn) missing.push('datum för återkoppling till avsändaren');
  if (facts.kind === 'tillsyn' && facts.openActions > 0) {
    missing.push(facts.openActions === 1 ? 'att den beslutade åtgärden är genomförd' : `att de ${facts.openActions} beslutade åtgärderna är genomförda`);
  }
  return missing;
}

const NEEDS: Record<ReportStatus, (facts: StatusFacts) => string[]> = {
  mottagen: () => [],
  under_utredning: () => [],
  atgardad: actionedNeeds,
  avslutad: closedNeeds,
};

export type StatusCheck = { ok: true } | { ok: false; message: string };

/**
 * The handling goes forward, a step or several, once the fields the new status asks for
 * are filled in; back only one step at a time, to correct a mistake or reopen a closed report.
 */
export function checkStatusChange(facts: StatusFacts, to: ReportStatus): StatusCheck {
  const step = rank(to) - rank(facts.status);
  if (step < -1) {
    return { ok: false, message: 'En rapport kan bara flyttas tillbaka ett steg i taget, till exempel från Avslutad till Åtgärdad.' };
  }
  if (step <= 0) return { ok: true };
  const missing = NEEDS[to](facts);
  if (missing.length === 0) return { ok: true };
  return { ok: false, message: `Rapporten kan inte bli ”${statusWord[to]}” förrän den har ${listed(missing)}.` };
}

const statusWord: Record<ReportStatus, string> = { mottagen: 'mottagen', under_utredning: 'under utredning', atgardad: 'åtgärdad', avslutad: 'avslutad' };

/** "a", "a och b", "a, b och c". */
function listed(parts: string[]): string {
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} och ${parts[parts.length - 1]}`;
}
