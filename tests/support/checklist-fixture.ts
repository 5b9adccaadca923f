import type { Repositories } from '../../db/repositories';
import type { ChecklistItemInput } from '../../shared/checklists/item';
import type { ControlContent } from '../../shared/domain/plan-content';
import type { RunContext } from '../../shared/checklists/run';
import { TemplateContent } from '../../shared/checklists/template';

export const ACTOR = 'Anna Berg';

export const control = (definition: string, fields: Partial<ControlContent> = {}): ControlContent => ({
  definition,
  method: 'checklist',
  methodDescription: '',
  responsible: '',
  occasion: '',
  frequency: 'monthly',
  measureKind: 'share',
  targetValue: 100,
  targetUnit: '%',
  targetDirection: 'at_least',
  tolerance: 0,
  ...fields,
});

/**
 * A unit's plan with three controls fed by one checklist: a yes/no item (share of yes),
 * a number of days (median) and a number of days (share within 14).
 */
export function checklistPlan(repos: Repositories, year = 2026, unitName = 'Barn och unga') {
  const unit = repos.units.findByName(unitName) ?? repos.units.create(unitName);
  const plan = repos.plans.create({ unitId: unit.id, year }, ACTOR);
  const process = repos.processes.create(plan.id, { name: 'Utredning', group: 'main', responsibleTeam: '' }, ACTOR);
  const risk = repos.risks.create(process, { text: 'Barnets situation blir inte belyst', owner: '', qualityAreaIds: [] }, ACTOR);
  const otherRisk = repos.risks.create(process, { text: 'Utredningen dröjer', owner: '', qualityAreaIds: [] }, ACTOR);
  const violence = repos.controls.create(risk, control('Andel ärenden där frågan om våld ställts', { tolerance: 30 }), ACTOR);
  const days = repos.controls.create(
    otherRisk,
    control('Dagar till inledd utredning (median)', { measureKind: 'number', targetValue: 14, targetUnit: 'dagar', targetDirection: 'at_most', tolerance: 7, frequency: 'quarterly' }),
    ACTOR,
  );
  const within = repos.controls.create(otherRisk, control('Andel förhandsbedömningar inom 14 dagar', { targetValue: 90, tolerance: 10 }), ACTOR);
  const lexSarah = repos.controls.create(risk, control('Antal lex Sarah-rapporter', { method: 'count', measureKind: 'count', targetValue: null, targetUnit: 'st', frequency: 'yearly' }), ACTOR);
  const items: ChecklistItemInput[] = [
    { kind: 'yes_no_na', text: 'Har frågan om våld ställts?', deviationText: 'där frågan om våld inte har ställts', controlId: violence, aggregation: 'share_yes' },
    { kind: 'number', text: 'Dagar till inledd utredning', unit: 'dagar', min: 0, max: 365, controlId: days, aggregation: 'median' },
    { kind: 'number', text: 'Dagar för förhandsbedömningen', unit: 'dagar', min: 0, max: 365, controlId: within, aggregation: 'share_within', limitValue: 14 },
    { kind: 'short_text', text: 'Notering' },
  ];
  const templateId = repos.checklists.templates.create(plan.id, TemplateContent.parse({ name: 'Ärendedragning', items }), ACTOR);
  return { unit, plan, risk, otherRisk, violence, days, within, lexSarah, templateId };
}

/** One run with its cases; each case's answers by item position (undefined = not answered). */
export function runWith(repos: Repositories, templateId: string, date: string, cases: Array<Array<unknown>>, context: RunContext = 'case_review') {
  const template = repos.checklists.templates.get(templateId);
  const runId = repos.checklists.runs.start(templateId, { date, context, runBy: 'AB', team: 'Utredning' });
  const caseIds = cases.map((values, index) => {
    const added = repos.checklists.cases.add(runId, `Ärende ${date}-${index + 1}`);
    values.forEach((value, position) => {
      if (value !== undefined) repos.checklists.answers.answer(added.id, template.items[position]!.id, value);
    });
    return added.id;
  });
  return { runId, caseIds, items: template.items };
}
