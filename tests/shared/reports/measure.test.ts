import { describe, expect, it } from 'vitest';
import { RegisterMeasure, registerFigure, type MeasuredReport } from '../../../shared/reports/measure';
import { periodOfIndex } from '../../../shared/results/periods';

const report = (fields: Partial<MeasuredReport>): MeasuredReport => ({ kind: 'klagomal', receivedOn: '2026-02-01', investigatedOn: null, feedbackOn: null, anonymous: false, ...fields });
const tertial1 = periodOfIndex(2026, 'tertial', 1);

describe('a control measured from the register', () => {
  const reports = [
    report({ feedbackOn: '2026-02-15' }), // 14 days: within
    report({ feedbackOn: '2026-02-16' }), // 15 days: not within
    report({ anonymous: true }), // no sender to answer: not counted
    report({}), // no återkoppling yet
    report({ receivedOn: '2026-05-02', feedbackOn: '2026-05-03' }), // tertial 2
    report({ kind: 'avvikelse', investigatedOn: '2026-03-02' }), // 29 days
    report({ kind: 'avvikelse', receivedOn: '2026-03-01', investigatedOn: '2026-04-01' }), // 31 days
    report({ kind: 'lex_sarah', receivedOn: '2026-04-30' }),
    report({ kind: 'lex_sarah', receivedOn: '2026-01-01' }),
  ];

  it('counts the reports of a kind that came in during the period', () => {
    expect(registerFigure({ kind: 'lex_sarah', metric: 'received', days: null }, reports, tertial1)).toMatchObject({ aggregation: 'count', value: 2 });
    expect(registerFigure({ kind: 'tillsyn', metric: 'received', days: null }, reports, tertial1).value).toBe(0);
  });

  it('gives the share with återkoppling within the days among klagomål with a known sender: 1 of 3', () => {
    expect(registerFigure({ kind: 'klagomal', metric: 'feedback_within', days: 14 }, reports, tertial1)).toEqual({ aggregation: 'share_within', value: 100 / 3, numerator: 1, denominator: 3, n: 3 });
  });

  it('gives the share investigated within the days: 1 of 2 avvikelser within 30 days, none counted in an empty period', () => {
    expect(registerFigure({ kind: 'avvikelse', metric: 'investigated_within', days: 30 }, reports, tertial1).value).toBe(50);
    expect(registerFigure({ kind: 'avvikelse', metric: 'investigated_within', days: 30 }, reports, periodOfIndex(2026, 'tertial', 3)).value).toBeNull();
  });

  it('refuses a share without days, days on a count, and återkoppling on a kind without a sender, in Swedish', () => {
    expect(RegisterMeasure.safeParse({ kind: 'avvikelse', metric: 'investigated_within', days: null }).error?.issues[0]?.message).toBe('reports.measureDaysForShare');
    expect(RegisterMeasure.safeParse({ kind: 'lex_sarah', metric: 'received', days: 7 }).success).toBe(false);
    expect(RegisterMeasure.safeParse({ kind: 'avvikelse', metric: 'feedback_within', days: 14 }).error?.issues[0]?.message).toBe('reports.measureFeedbackSender');
  });
});
