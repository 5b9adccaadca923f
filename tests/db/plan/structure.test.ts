import { beforeEach, describe, expect, it } from 'vitest';
import { SOCIALSTYRELSEN_QUALITY_AREAS } from '../../../shared/domain/plan-enums';
import { testRepos, type TestRepos } from '../../support/repos';
import { ACTOR, smallPlan } from '../../support/plan-fixture';

let services: TestRepos;
beforeEach(() => {
  services = testRepos();
  return () => services.close();
});

describe('plan structure', () => {
  it('starts a new plan with Socialstyrelsen’s six quality areas and the 4 x 4 matrix', () => {
    const { plan } = smallPlan(services.repos);
    const detail = services.repos.planDetail(plan.id);
    expect(detail.qualityAreas.map((area) => area.name)).toEqual([...SOCIALSTYRELSEN_QUALITY_AREAS]);
    expect(detail.matrix.likelihood).toHaveLength(4);
    expect(detail.status).toBe('draft');
  });

  it('holds processes, risks with areas and assessments, controls and actions in order', () => {
    const { plan, safety } = smallPlan(services.repos);
    const detail = services.repos.planDetail(plan.id);
    expect(detail.processes.map((p) => [p.name, p.group])).toEqual([
      ['Våld i nära relation', 'main'],
      ['Synpunkter och klagomål', 'support'],
    ]);
    const risk = detail.processes[0]!.risks[0]!;
    expect(risk).toMatchObject({
      qualityAreaIds: [safety.id],
      inherent: { likelihood: 3, consequence: 4 },
      residual: { likelihood: 2, consequence: 4 },
    });
    expect(risk.controls[0]).toMatchObject({ method: 'checklist', targetValue: 100, targetUnit: '%' });
    expect(risk.actions.map((a) => a.status)).toEqual(['in_progress', 'done']);
  });

  it('reorders, moves a risk to another process and deletes', () => {
    const { plan, risk, complaints, violence, doneAction } = smallPlan(services.repos);
    services.repos.processes.move(complaints, 0, ACTOR);
    services.repos.actions.move(doneAction, 0, ACTOR);
    services.repos.risks.move(risk, complaints, 0, ACTOR);
    let detail = services.repos.planDetail(plan.id);
    expect(detail.processes.map((p) => p.name)).toEqual(['Synpunkter och klagomål', 'Våld i nära relation']);
    expect(detail.processes[0]!.risks[0]!.actions[0]!.status).toBe('done');
    expect(detail.processes[1]!.risks).toEqual([]);
    services.repos.processes.remove(violence, ACTOR);
    services.repos.risks.remove(risk, ACTOR);
    detail = services.repos.planDetail(plan.id);
    expect(detail.processes.map((p) => p.name)).toEqual(['Synpunkter och klagomål']);
    expect(detail.processes[0]!.risks).toEqual([]);
  });

  it('refuses an assessment outside the plan’s matrix and a quality area of another plan', () => {
    const { risk } = smallPlan(services.repos);
    expect(() => services.repos.risks.assess(risk, 'inherent', { likelihood: 5, consequence: 1 }, ACTOR)).toThrow(
      /sannolikhet 1–4 och konsekvens 1–4/,
    );
    const other = services.repos.plans.create({ unitId: services.repos.units.create('Annan enhet').id, year: 2026 }, ACTOR);
    const foreignArea = services.repos.planDetail(other.id).qualityAreas[0]!.id;
    expect(() => services.repos.risks.update(risk, { qualityAreaIds: [foreignArea] }, ACTOR)).toThrow(/kvalitetsområdena finns inte/);
  });

  it('locks an adopted plan until it is reopened, and records who and when', () => {
    const { plan, risk } = smallPlan(services.repos);
    services.repos.lifecycle.setStatus(plan.id, 'adopted', 'Enhetschef Eva');
    let detail = services.repos.planDetail(plan.id);
    expect(detail).toMatchObject({ status: 'adopted', statusChangedBy: 'Enhetschef Eva' });
    expect(detail.meta.adoptedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(() => services.repos.risks.update(risk, { text: 'Ändrad' }, ACTOR)).toThrow(/fastställd och därför låst/);
    expect(() => services.repos.lifecycle.updateMeta(plan.id, { diarienummer: 'SN 2026/1' }, ACTOR)).toThrow(/låst/);
    services.repos.lifecycle.setStatus(plan.id, 'draft', ACTOR);
    services.repos.risks.update(risk, { text: 'Ändrad' }, ACTOR);
    detail = services.repos.planDetail(plan.id);
    expect(detail.processes[0]!.risks[0]!.text).toBe('Ändrad');
    expect(detail.statusChangedBy).toBe(ACTOR);
  });

  it('records every change with old and new value, when and by whom', () => {
    const { plan, risk } = smallPlan(services.repos);
    services.repos.risks.update(risk, { text: 'Våldsfrågan glöms bort' }, 'Per');
    services.repos.risks.assess(risk, 'inherent', { likelihood: 4, consequence: 4 }, 'Per');
    const history = services.repos.planHistory(plan.id);
    const textChange = history.find((h) => h.field === 'text' && h.actor === 'Per')!;
    expect(textChange).toMatchObject({ entity: 'risk', oldValue: 'Frågan om våld ställs inte', newValue: 'Våldsfrågan glöms bort' });
    const assessment = history.find((h) => h.field === 'inherent' && h.actor === 'Per')!;
    expect(JSON.parse(assessment.oldValue!)).toEqual({ likelihood: 3, consequence: 4 });
    expect(history[0]!.at >= history[history.length - 1]!.at).toBe(true);
  });

  it('rolls a plan over to next year with open actions carried and marked', () => {
    const { plan, openAction } = smallPlan(services.repos);
    services.repos.lifecycle.updateMeta(plan.id, { diarienummer: 'SN 2026/17' }, ACTOR);
    const nextId = services.repos.lifecycle.rollover(plan.id, ACTOR);
    const next = services.repos.planDetail(nextId);
    expect(next).toMatchObject({ year: 2027, carriedFromPlanId: plan.id, status: 'draft' });
    expect(next.meta.diarienummer).toBe('');
    const risk = next.processes[0]!.risks[0]!;
    expect(risk.controls).toHaveLength(1);
    expect(risk.actions).toEqual([expect.objectContaining({ status: 'in_progress', carriedFromActionId: openAction })]);
    expect(next.qualityAreas.map((a) => a.name)).toEqual(services.repos.planDetail(plan.id).qualityAreas.map((a) => a.name));
    expect(() => services.repos.lifecycle.rollover(plan.id, ACTOR)).toThrow(/redan en kvalitetsplan för 2027/);
  });
});
