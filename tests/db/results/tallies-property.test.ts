import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/connection';
import { createRepositories, type Repositories } from '../../../db/repositories';
import type { ChecklistItemInput } from '../../../shared/checklists/item';
import type { Aggregation } from '../../../shared/checklists/kinds';
import { TemplateContent } from '../../../shared/checklists/template';
import { aggregate } from '../../../shared/results/aggregate';
import { inPeriod, type PeriodKind } from '../../../shared/results/periods';
import { ACTOR, control } from '../../support/checklist-fixture';
import { frozenClock, migrationsFolder, tempDbFile } from '../../support/temp-db';

const YEAR = 2026;
const CHOICES = ['Muntligt', 'Skriftligt', 'Båda'];
const FED: Array<{ kind: 'yes_no_na' | 'number'; aggregation: Aggregation; limitValue?: number }> = [
  { kind: 'yes_no_na', aggregation: 'share_yes' },
  { kind: 'yes_no_na', aggregation: 'count_yes' },
  { kind: 'number', aggregation: 'median' },
  { kind: 'number', aggregation: 'mean' },
  { kind: 'number', aggregation: 'sum' },
  { kind: 'number', aggregation: 'count' },
  { kind: 'number', aggregation: 'share_within', limitValue: 14 },
];

/** A plan whose checklist has one item per way of counting, each feeding its own control, and a choice item feeding none. */
function world(repos: Repositories) {
  const unit = repos.units.create('Barn och unga');
  const plan = repos.plans.create({ unitId: unit.id, year: YEAR }, ACTOR);
  const process = repos.processes.create(plan.id, { name: 'Utredning', group: 'main', responsibleTeam: '' }, ACTOR);
  const risk = repos.risks.create(process, { text: 'Utredningen dröjer', owner: '', qualityAreaIds: [] }, ACTOR);
  const items: ChecklistItemInput[] = FED.map(({ kind, aggregation, limitValue }, n) => ({
    kind,
    text: `Fråga ${n + 1}`,
    ...(kind === 'number' ? { unit: 'dagar', min: 0, max: 60 } : {}),
    controlId: repos.controls.create(risk, control(`Egenkontroll ${n + 1}`, { measureKind: kind === 'number' ? 'number' : 'share' }), ACTOR),
    aggregation,
    ...(limitValue === undefined ? {} : { limitValue }),
  }));
  items.push({ kind: 'single_choice', text: 'Hur informerades vårdnadshavarna?', choices: CHOICES });
  const templateId = repos.checklists.templates.create(plan.id, TemplateContent.parse({ name: 'Ärendedragning', items }), ACTOR);
  return { planId: plan.id, templateId, items: repos.checklists.templates.get(templateId).items };
}

const date = fc.record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) }).map(({ month, day }) => `${YEAR}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
const pick = fc.nat({ max: 1000 });
const value = fc.record({ yesNo: fc.constantFrom('yes', 'no', 'na'), number: fc.integer({ min: 0, max: 120 }).map((n) => n / 2), choice: fc.constantFrom(...CHOICES) });
const step = fc.oneof(
  { weight: 2, arbitrary: fc.record({ op: fc.constant('run' as const), date }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('case' as const), run: pick }) },
  { weight: 12, arbitrary: fc.record({ op: fc.constant('answer' as const), case: pick, item: pick, value }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('clear' as const), answer: pick }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('removeCase' as const), case: pick }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('removeRun' as const), run: pick }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('redate' as const), run: pick, date }) },
);

type Step = typeof step extends fc.Arbitrary<infer S> ? S : never;

describe('the figures of Resultat, read from the kept tallies', () => {
  it('equal a recount from the raw answers after any answers, edits and deletions', () => {
    fc.assert(
      fc.property(fc.array(date, { minLength: 1, maxLength: 4 }), fc.array(step, { minLength: 10, maxLength: 60, size: 'max' }), (dates: string[], steps: Step[]) => {
        const database = openDatabase(tempDbFile(), { migrationsFolder });
        try {
          const repos = createRepositories(database.db, frozenClock());
          const { planId, templateId, items } = world(repos);
          const runs = dates.map((on) => repos.checklists.runs.start(templateId, { date: on, context: 'case_review', runBy: 'AB', team: '' }));
          let serial = 0;
          const newCase = (runId: string) => repos.checklists.cases.add(runId, `Ärende ${++serial}`).id;
          const cases = runs.flatMap((runId) => [1, 2, 3].map(() => newCase(runId)));
          const of = <T>(list: T[], n: number) => (list.length === 0 ? undefined : list[n % list.length]);
          for (const s of steps) {
            if (s.op === 'run') runs.push(repos.checklists.runs.start(templateId, { date: s.date, context: 'case_review', runBy: 'AB', team: '' }));
            if (s.op === 'case' && of(runs, s.run)) cases.push(newCase(of(runs, s.run)!));
            const caseId = 'case' in s ? of(cases, s.case) : undefined;
            const item = 'item' in s ? of(items, s.item)! : undefined;
            if (s.op === 'answer' && caseId) {
              const given = item!.kind === 'yes_no_na' ? s.value.yesNo : item!.kind === 'number' ? s.value.number : s.value.choice;
              repos.checklists.answers.answer(caseId, item!.id, given);
            }
            if (s.op === 'clear') {
              const given = of(database.sqlite.prepare('SELECT case_id, item_id FROM answers ORDER BY rowid').raw().all() as string[][], s.answer);
              if (given) repos.checklists.answers.clear(given[0]!, given[1]!);
            }
            if (s.op === 'removeCase' && caseId) {
              repos.checklists.cases.remove(caseId, true);
              cases.splice(cases.indexOf(caseId), 1);
            }
            const runId = 'run' in s ? of(runs, s.run) : undefined;
            if (s.op === 'removeRun' && runId) {
              repos.checklists.runs.remove(runId, true);
              runs.splice(runs.indexOf(runId), 1);
              const left = new Set(database.sqlite.prepare('SELECT id FROM run_cases').pluck().all());
              cases.splice(0, cases.length, ...cases.filter((id) => left.has(id)));
            }
            if (s.op === 'redate' && runId) repos.checklists.runs.update(runId, { date: s.date });
          }

          const raw = database.sqlite
            .prepare('SELECT a.item_id AS itemId, a.value, r.date FROM answers a JOIN run_cases c ON c.id = a.case_id JOIN checklist_runs r ON r.id = c.run_id')
            .all() as Array<{ itemId: string; value: string; date: string }>;
          for (const kind of ['month', 'quarter', 'year'] as PeriodKind[]) {
            for (const result of repos.results.forPlan(planId, kind).controls) {
              const itemIds = new Set(result.feedingItems.map((item) => item.itemId));
              for (const period of result.periods) {
                const values = raw.filter((row) => itemIds.has(row.itemId) && inPeriod(row.date, period.period)).map((row) => JSON.parse(row.value) as unknown);
                expect(period.computed).toEqual(aggregate(result.aggregation!, values, result.limitValue));
              }
              // The trend's whole-year figure, read from the tallies summed over the months.
              const ofYear = raw.filter((row) => itemIds.has(row.itemId)).map((row) => JSON.parse(row.value) as unknown);
              expect(result.years.find((figure) => figure.year === YEAR)?.value).toEqual(aggregate(result.aggregation!, ofYear, result.limitValue).value);
            }
          }

          const kept = database.sqlite.prepare('SELECT item_id, month, value, n FROM answer_tallies ORDER BY 1, 2, 3').all();
          const recounted = database.sqlite
            .prepare(
              `SELECT a.item_id, substr(r.date, 1, 7) AS month, a.value, count(*) AS n FROM answers a JOIN checklist_items i ON i.id = a.item_id
               JOIN run_cases c ON c.id = a.case_id JOIN checklist_runs r ON r.id = c.run_id
               WHERE i.kind IN ('yes_no_na', 'number') GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
            )
            .all();
          expect(kept).toEqual(recounted);

          // A plan deleted as a bundle import replaces one takes its tallies along.
          database.sqlite.prepare('DELETE FROM plans WHERE id = ?').run(planId);
          expect(database.sqlite.prepare('SELECT count(*) FROM answer_tallies').pluck().get()).toBe(0);
        } finally {
          database.close();
        }
      }),
      { numRuns: 12 },
    );
  });
});
