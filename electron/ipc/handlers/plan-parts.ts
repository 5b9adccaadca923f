import type { Repositories } from '../../../db/repositories';
import type { DomainHandlers } from '../handler-types';
import { actorOf } from './context';

/** Handlers for the parts of a plan; each answers with the plan as it now is. */
export function planPartHandlers(repos: Repositories) {
  const detail = (planId: string) => repos.planDetail(planId);
  const actor = () => actorOf(repos);

  const processes: DomainHandlers<'processes'> = {
    create: ({ planId, ...fields }) => {
      repos.processes.create(planId, fields, actor());
      return detail(planId);
    },
    update: ({ id, patch }) => detail(repos.processes.update(id, patch, actor())),
    remove: ({ id }) => detail(repos.processes.remove(id, actor())),
    move: ({ id, toIndex }) => detail(repos.processes.move(id, toIndex, actor())),
  };

  const risks: DomainHandlers<'risks'> = {
    create: ({ processId, ...fields }) => detail(repos.planIdOf.risk(repos.risks.create(processId, fields, actor()))),
    update: ({ id, patch }) => detail(repos.risks.update(id, patch, actor())),
    assess: ({ id, stage, assessment }) => detail(repos.risks.assess(id, stage, assessment, actor())),
    move: ({ id, toProcessId, toIndex }) => detail(repos.risks.move(id, toProcessId, toIndex, actor())),
    remove: ({ id }) => detail(repos.risks.remove(id, actor())),
  };

  const controls: DomainHandlers<'controls'> = {
    create: ({ riskId, ...content }) => detail(repos.planIdOf.control(repos.controls.create(riskId, content, actor()))),
    update: ({ id, patch }) => detail(repos.controls.update(id, patch, actor())),
    remove: ({ id }) => detail(repos.controls.remove(id, actor())),
    move: ({ id, toIndex }) => detail(repos.controls.move(id, toIndex, actor())),
  };

  const actions: DomainHandlers<'actions'> = {
    create: ({ riskId, ...content }) => detail(repos.planIdOf.action(repos.actions.create(riskId, content, actor()))),
    update: ({ id, patch }) => detail(repos.actions.update(id, patch, actor())),
    remove: ({ id }) => detail(repos.actions.remove(id, actor())),
    move: ({ id, toIndex }) => detail(repos.actions.move(id, toIndex, actor())),
  };

  const qualityAreas: DomainHandlers<'qualityAreas'> = {
    create: ({ planId, name }) => {
      repos.qualityAreas.create(planId, { name }, actor());
      return detail(planId);
    },
    rename: ({ id, name }) => detail(repos.qualityAreas.update(id, { name }, actor())),
    remove: ({ id }) => detail(repos.qualityAreas.remove(id, actor())),
    move: ({ id, toIndex }) => detail(repos.qualityAreas.move(id, toIndex, actor())),
  };

  const improvementAreas: DomainHandlers<'improvementAreas'> = {
    create: ({ planId, text }) => {
      repos.improvementAreas.create(planId, { text }, actor());
      return detail(planId);
    },
    update: ({ id, text }) => detail(repos.improvementAreas.update(id, { text }, actor())),
    remove: ({ id }) => detail(repos.improvementAreas.remove(id, actor())),
    move: ({ id, toIndex }) => detail(repos.improvementAreas.move(id, toIndex, actor())),
  };

  return { processes, risks, controls, actions, qualityAreas, improvementAreas };
}
