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
 * Returns the first problem in Swedish, or null.
 */
export function reportShapeProblem(report: ReportShape): string | null {
  if (report.anonymous && !hasSender(report.kind)) return 'Bara klagomål och synpunkter kan ha en anonym avsändare.';
  if (report.kind !== 'lex_sarah' && (report.serious !== null || report.ivoReportedOn !== null)) {
    return 'Bedömningen av allvarlighet och anmälan till IVO hör bara till lex Sarah-rapporter.';
  }
  if (report.kind === 'lex_sarah' && report.serious === false && report.ivoReportedOn !== null) {
    return 'En lex Sarah-rapport som inte bedöms som allvarlig anmäls inte till IVO. Ändra bedömningen eller ta bort anmälans datum.';
  }
  const before = (date: string | null) => date !== null && date < report.receivedOn;
  if (before(report.investigatedOn)) return 'Utredningen kan inte ha blivit klar innan rapporten kom in.';
  if (before(report.feedbackOn)) return 'Återkopplingen kan inte ha skett innan rapporten kom in.';
  if (before(report.ivoReportedOn)) return 'Anmälan till IVO kan inte ha gjorts innan rapporten kom in.';
  return null;
}
