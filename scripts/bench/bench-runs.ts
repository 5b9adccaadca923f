import { seededRandom } from '../../db/demo-runs';
import type { Repositories } from '../../db/repositories';
import type { ChecklistItem } from '../../shared/checklists/item';
import type { RunContext } from '../../shared/checklists/run';
import { plausibleAnswer, type Random } from './answer-values';

const CONTEXT_OF: Array<[start: string, context: RunContext, runBy: string]> = [
  ['Ärendedragning', 'case_review', 'KL'],
  ['Mottagning', 'case_review', 'MS'],
  ['Avslutad utredning', 'closed_investigation', 'AB'],
];

const pad = (n: number) => String(n).padStart(2, '0');

/** The months of the year that have begun by `today`, each with the last day a run may be dated. */
function monthsUpTo(year: number, today: string): Array<{ month: number; lastDay: number }> {
  const months: Array<{ month: number; lastDay: number }> = [];
  for (let month = 1; month <= 12; month++) {
    const first = `${year}-${pad(month)}-01`;
    if (first > today) break;
    const lastDay = today.startsWith(`${year}-${pad(month)}`) ? Number(today.slice(8, 10)) : 28;
    months.push({ month, lastDay });
  }
  return months;
}

export type WriteAnswer = (caseId: string, item: ChecklistItem, value: unknown) => void;

/**
 * Runs of the plan's three demo checklists spread over the year (nothing dated after `today`),
 * until exactly `answerCount` answers are given.
 */
export function addBenchRuns(repos: Repositories, writeAnswer: WriteAnswer, planId: string, year: number, answerCount: number, today: string, seed: number): number {
  const random: Random = seededRandom(seed);
  const templates = repos.checklists.templates.list(planId).map((summary) => repos.checklists.templates.get(summary.id));
  const months = monthsUpTo(year, today);
  let serial = 0;
  let given = 0;
  months.forEach(({ month, lastDay }, index) => {
    const target = Math.round((answerCount * (index + 1)) / months.length);
    for (let turn = 0; given < target; turn++) {
      const template = templates[turn % templates.length]!;
      const [, context, runBy] = CONTEXT_OF.find(([start]) => template.name.startsWith(start)) ?? CONTEXT_OF[0]!;
      const date = `${year}-${pad(month)}-${pad(1 + Math.floor(random() * lastDay))}`;
      const cases = 4 + Math.floor(random() * 7);
      const runId = repos.checklists.runs.start(template.id, { date, context, runBy, team: 'Arbetsgrupp 1' });
      for (let n = 0; n < cases && given < target; n++) {
        const added = repos.checklists.cases.add(runId, `Ärende ${year}-${++serial}`);
        for (const item of template.items) {
          if (given >= target) break;
          writeAnswer(added.id, item, plausibleAnswer(item, random, date));
          given++;
        }
      }
      repos.checklists.runs.finish(runId);
    }
  });
  return given;
}
