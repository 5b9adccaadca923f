import { starterContent, type StarterKey } from '../shared/checklists/starters';
import type { ControlContent } from '../shared/domain/plan-content';
import type { Repositories } from './repositories';

/** The demo controls by the start of their definition, with how their results are judged. */
export const DEMO_CONTROLS = {
  initialAssessment: 'Andel förhandsbedömningar som blir klara inom 14 dagar',
  daysToInvestigation: 'Antal dagar från ansökan eller anmälan till inledd utredning',
  childTalk: 'Andel genomgångna utredningar där samtal med barnet har hållits',
  investigationPlan: 'Andel genomgångna ärenden som har en utredningsplan',
  violence: 'Andel genomgångna ärenden där frågan om våld har ställts',
  implementationPlan: 'Andel placerade barn med aktuell genomförandeplan',
  complaints: 'Antal synpunkter och klagomål',
  lexSarah: 'Antal lex Sarah-rapporter',
} as const;
type DemoControl = keyof typeof DEMO_CONTROLS;

const TARGETS: Partial<Record<DemoControl, Partial<ControlContent>>> = {
  initialAssessment: { tolerance: 15 },
  daysToInvestigation: { targetDirection: 'at_most', tolerance: 7 },
  childTalk: { tolerance: 10 },
  investigationPlan: { tolerance: 10 },
  violence: { tolerance: 10 },
  implementationPlan: { tolerance: 10 },
};

/** Which demo control each starter item feeds, by the item's position. */
const LINKS: Record<StarterKey, Partial<Record<number, DemoControl>>> = {
  case_review: { 0: 'violence', 1: 'investigationPlan', 2: 'childTalk', 4: 'daysToInvestigation' },
  initial_assessment: { 0: 'initialAssessment' },
  closed_investigation: {},
};

/** The ids of the demo controls still in the plan (the user may have removed some). */
export function demoControlIds(repos: Repositories, planId: string): Partial<Record<DemoControl, string>> {
  const all = repos.planDetail(planId).processes.flatMap((p) => p.risks.flatMap((r) => r.controls));
  const entries = Object.entries(DEMO_CONTROLS).flatMap(([key, start]) => {
    const control = all.find((c) => c.definition.startsWith(start));
    return control ? [[key, control.id]] : [];
  });
  return Object.fromEntries(entries) as Partial<Record<DemoControl, string>>;
}

/** Tolerances and directions, set while the plan is still a draft. */
export function tuneDemoTargets(repos: Repositories, planId: string, actor: string): void {
  const ids = demoControlIds(repos, planId);
  for (const [key, patch] of Object.entries(TARGETS)) {
    const id = ids[key as DemoControl];
    if (id) repos.controls.update(id, patch, actor);
  }
}

/** The three starter checklists, their items fed into the plan's controls; only into a plan that has none. */
export function addDemoChecklists(repos: Repositories, planId: string, actor: string): void {
  if (repos.checklists.templates.list(planId, true).length > 0) return;
  const ids = demoControlIds(repos, planId);
  for (const [key, links] of Object.entries(LINKS) as Array<[StarterKey, Partial<Record<number, DemoControl>>]>) {
    const content = starterContent(key);
    const items = content.items.map((item, index) => {
      const control = links[index];
      const controlId = control ? ids[control] : undefined;
      return controlId ? { ...item, controlId } : item;
    });
    repos.checklists.templates.create(planId, { ...content, items }, actor);
  }
}

const MANUAL: Record<number, Array<{ control: DemoControl; kind: 'tertial' | 'year'; start: string; value: number; analysis: string }>> = {
  2025: [
    { control: 'complaints', kind: 'tertial', start: '2025-01-01', value: 4, analysis: 'Tre synpunkter gällde svårigheter att nå handläggare per telefon.' },
    { control: 'complaints', kind: 'tertial', start: '2025-05-01', value: 6, analysis: 'Fler synpunkter under sommaren, när många var på semester.' },
    { control: 'complaints', kind: 'tertial', start: '2025-09-01', value: 3, analysis: 'Telefontiderna har förlängts och synpunkterna om tillgänglighet har minskat.' },
    { control: 'lexSarah', kind: 'year', start: '2025-01-01', value: 2, analysis: 'Båda rapporterna gällde dokumentation som inte fördes in i tid. Rutinen har setts över.' },
    {
      control: 'implementationPlan',
      kind: 'year',
      start: '2025-01-01',
      value: 81.8,
      analysis: 'Aktgranskningen i oktober: 9 av 11 placerade barn hade en aktuell genomförandeplan. Två planer hade inte uppdaterats efter byte av familjehem.',
    },
  ],
  2026: [{ control: 'complaints', kind: 'tertial', start: '2026-01-01', value: 5, analysis: 'Två synpunkter gällde väntetid på besked efter anmälan.' }],
};

/** Results measured outside the app, for the controls that are not fed by a checklist. */
export function addDemoManualResults(repos: Repositories, planId: string, year: number, actor: string): void {
  const ids = demoControlIds(repos, planId);
  for (const entry of MANUAL[year] ?? []) {
    const controlId = ids[entry.control];
    if (!controlId) continue;
    const existing = repos.results.manual.list(controlId);
    if (existing.some((m) => m.periodKind === entry.kind && m.periodStart === entry.start)) continue;
    repos.results.manual.create(
      { controlId, periodKind: entry.kind, periodStart: entry.start, value: entry.value, analysis: entry.analysis },
      actor,
    );
  }
}
