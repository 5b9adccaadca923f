import type { RunContext } from '../shared/checklists/run';
import type { Repositories } from './repositories';

/** A small seeded generator (mulberry32), so the demo's answers are the same on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** How well the unit did: 2026 a little better than 2025, so Resultat shows a trend. */
const QUALITY: Record<number, { violence: number; plan: number; talk: number; within14: number; perspective: number; implementation: number; days: [number, number] }> = {
  2025: { violence: 0.8, plan: 0.86, talk: 0.74, within14: 0.7, perspective: 0.82, implementation: 0.72, days: [12, 45] },
  2026: { violence: 0.9, plan: 0.94, talk: 0.86, within14: 0.84, perspective: 0.9, implementation: 0.84, days: [8, 30] },
};

type Answer = [itemIndex: number, value: unknown];

/**
 * About thirty runs over the year, five to ten cases each: an ärendedragning and a
 * mottagning review every month, a review of closed investigations every other month.
 * Nothing is dated after `today`: a demo must not show reviews that have not happened yet.
 */
export function addDemoRuns(repos: Repositories, planId: string, year: number, today: string): number {
  if (repos.checklists.runs.list({ planId }).length > 0) return 0;
  const q = QUALITY[year] ?? QUALITY[2026]!;
  const random = seededRandom(year);
  const chance = (p: number) => random() < p;
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const yesNo = (p: number, na = 0): string => (chance(na) ? 'na' : chance(p) ? 'yes' : 'no');
  const templates = repos.checklists.templates.list(planId);
  const byName = (start: string) => templates.find((t) => t.name.startsWith(start))!;
  let serial = 100;
  let runs = 0;

  const run = (templateName: string, date: string, context: RunContext, runBy: string, team: string, cases: number, answer: () => Answer[]) => {
    if (date > today) return;
    const template = repos.checklists.templates.get(byName(templateName).id);
    const runId = repos.checklists.runs.start(template.id, { date, context, runBy, team });
    for (let n = 0; n < cases; n++) {
      const added = repos.checklists.cases.add(runId, `Ärende ${year}-${++serial}`);
      for (const [index, value] of answer()) repos.checklists.answers.answer(added.id, template.items[index]!.id, value);
    }
    repos.checklists.runs.finish(runId);
    runs++;
  };

  for (let month = 1; month <= 12; month++) {
    const day = (d: number) => `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    run('Ärendedragning', day(between(6, 12)), 'case_review', 'KL', 'Utredning 0–18 år', between(5, 10), () => {
      const talk = yesNo(q.talk);
      return [
        [0, yesNo(q.violence, 0.05)],
        [1, yesNo(q.plan)],
        [2, talk],
        [3, talk === 'yes' ? between(1, 4) : 0],
        [4, between(q.days[0], q.days[1])],
      ];
    });
    run('Mottagning', day(between(18, 24)), 'case_review', 'MS', 'Mottagningen', between(5, 10), () => [
      [0, chance(q.within14) ? between(3, 14) : between(15, 30)],
      [1, chance(0.55) ? 'Utredning inleds' : chance(0.9) ? 'Utredning inleds inte' : 'Överlämnas till annan kommun'],
    ]);
    if (month % 2 === 0) {
      run('Avslutad utredning', day(between(25, 28)), 'closed_investigation', 'AB', 'Utredning 0–18 år', between(5, 8), () => [
        [0, yesNo(q.perspective)],
        [1, yesNo(q.implementation, 0.2)],
        [2, day(between(1, 24))],
        [3, ['Barnet', 'Vårdnadshavare', 'Skola eller förskola', 'Hälso- och sjukvård'].filter(() => chance(0.6))],
      ]);
    }
  }
  return runs;
}
