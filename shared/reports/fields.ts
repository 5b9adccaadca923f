import type { MessageKey } from '../messages/catalogue';
import { hasSender, type ReportKind } from './kinds';

/** The fields whose meaning depends on the kind and the dates, as a report stands after a change. */
export interface ReportShape {
  kind: ReportKind;
  receivedOn: string;
  anonymous: boolean;
  serious: boolean | null;
  ivoReportedOn: string | null;
  investigatedOn: string | null;
  feedbackOn: string | null;
}

/**
 * What cannot be true of any report: only a sender can be anonymous, only a lex Sarah
 * report is assessed and reported to IVO, and nothing is done before the report came in.
 * Returns the first problem's message key, or null.
 */
export function reportShapeProblem(report: ReportShape): MessageKey | null {
  if (report.anonymous && !hasSender(report.kind)) return 'reports.anonymousOnlySender';
  if (report.kind !== 'lex_sarah' && (report.serious !== null || report.ivoReportedOn !== null)) {
    return 'reports.seriousOnlyLexSarah';
  }
  if (report.kind === 'lex_sarah' && report.serious === false && report.ivoReportedOn !== null) {
    return 'reports.notSeriousNoIvo';
  }
  const before = (date: string | null) => date !== null && date < report.receivedOn;
  if (before(report.investigatedOn)) return 'reports.investigatedBeforeReceived';
  if (before(report.feedbackOn)) return 'reports.feedbackBeforeReceived';
  if (before(report.ivoReportedOn)) return 'reports.ivoBeforeReceived';
  return null;
}
