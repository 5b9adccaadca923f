import type { Repositories } from '../../db/repositories';
import { ACTOR, checklistPlan, runWith } from './checklist-fixture';

/**
 * Hand-computable results. 2025: one run on 31 December (yes, yes, no). 2026, rolled over
 * from 2025 (the checklist comes along, fed into the copied controls), runs on both sides
 * of the month, tertial and year borders. Per case: [våld, days to investigation, days of
 * förhandsbedömning].
 */
export const RUNS_2026: Array<[string, unknown[][]]> = [
  ['2026-01-31', [['no', 5, 14]]],
  ['2026-02-01', [['yes', 8, 30]]],
  ['2026-04-30', [['yes', 10, 14], ['no', 20, 15], ['na', undefined, 3]]],
  ['2026-05-01', [['yes', 30, 20], ['yes', 12, 7]]],
  ['2026-12-31', [['yes', 40, 1]]],
];

export function resultsFixture(repos: Repositories) {
  const old = checklistPlan(repos, 2025);
  runWith(repos, old.templateId, '2025-12-31', [['yes'], ['yes'], ['no']]);
  const planId = repos.lifecycle.rollover(old.plan.id, ACTOR);
  const templateId = repos.checklists.templates.list(planId)[0]!.id;
  const runs = RUNS_2026.map(([date, cases]) => runWith(repos, templateId, date, cases));
  const controls = repos.planDetail(planId).processes.flatMap((p) => p.risks.flatMap((r) => r.controls));
  const byStart = (start: string) => controls.find((c) => c.definition.startsWith(start))!.id;
  const ids = {
    violence: byStart('Andel ärenden där frågan om våld'),
    days: byStart('Dagar till inledd utredning'),
    within: byStart('Andel förhandsbedömningar'),
    lexSarah: byStart('Antal lex Sarah'),
  };
  repos.results.manual.create({ controlId: ids.within, periodKind: 'month', periodStart: '2026-03-01', value: 95, analysis: 'Ur verksamhetssystemet.' }, ACTOR);
  repos.results.manual.create({ controlId: ids.within, periodKind: 'month', periodStart: '2026-04-01', value: 80, analysis: 'Rapporten räknar alla ärenden.' }, ACTOR);
  repos.results.manual.create({ controlId: ids.lexSarah, periodKind: 'year', periodStart: '2026-01-01', value: 2, analysis: 'Två rapporter.' }, ACTOR);
  return { oldPlanId: old.plan.id, planId, templateId, runs, ...ids };
}
