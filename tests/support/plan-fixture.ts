import type { Repositories } from '../../db/repositories';

export const ACTOR = 'Anna Berg';

/** A small plan: two processes, a risk with a control and two actions. */
export function smallPlan(repos: Repositories) {
  const unit = repos.units.create('Barn och unga');
  const plan = repos.plans.create({ unitId: unit.id, year: 2026 }, ACTOR);
  const detail = repos.planDetail(plan.id);
  const safety = detail.qualityAreas.find((area) => area.name === 'Trygghet och säkerhet')!;
  const violence = repos.processes.create(plan.id, { name: 'Våld i nära relation', group: 'main', responsibleTeam: 'Mottagningen' }, ACTOR);
  const complaints = repos.processes.create(plan.id, { name: 'Synpunkter och klagomål', group: 'support', responsibleTeam: '' }, ACTOR);
  const risk = repos.risks.create(violence, { text: 'Frågan om våld ställs inte', owner: 'Gruppledare', qualityAreaIds: [safety.id] }, ACTOR);
  repos.risks.assess(risk, 'inherent', { likelihood: 3, consequence: 4 }, ACTOR);
  repos.risks.assess(risk, 'residual', { likelihood: 2, consequence: 4 }, ACTOR);
  const control = repos.controls.create(
    risk,
    {
      definition: 'Andel ärenden där frågan om våld ställts',
      method: 'checklist',
      methodDescription: 'Vid ärendedragning',
      responsible: 'Gruppledare',
      occasion: 'Varje ärendedragning',
      frequency: 'monthly',
      measureKind: 'share',
      targetValue: 100,
      targetUnit: '%',
      targetDirection: 'at_least',
      tolerance: 0,
    },
    ACTOR,
  );
  const openAction = repos.actions.create(
    risk,
    { text: 'Påminn om våldsfrågan vid varje ärendedragning', owner: 'Gruppledare', dueDate: '2026-06-30', status: 'in_progress', followUp: '' },
    ACTOR,
  );
  const doneAction = repos.actions.create(
    risk,
    { text: 'Utbildning i FREDA-bedömning', owner: 'Enhetschef', dueDate: '2026-03-31', status: 'done', followUp: 'Genomförd i mars' },
    ACTOR,
  );
  return { unit, plan, violence, complaints, risk, control, openAction, doneAction, safety };
}
