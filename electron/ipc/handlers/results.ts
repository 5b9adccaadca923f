import type { Repositories } from '../../../db/repositories';
import type { DomainHandlers } from '../handler-types';
import { actorOf } from './context';

export function resultHandlers(repos: Repositories): DomainHandlers<'results'> {
  const results = repos.results;
  const actor = () => actorOf(repos);
  return {
    forPlan: ({ planId, periodKind }) => results.forPlan(planId, periodKind ?? null),
    forControl: ({ controlId, periodKind }) => results.forControl(controlId, periodKind ?? null),
    drillDown: ({ controlId, periodKind, periodStart }) => results.drillDown(controlId, periodKind, periodStart),
    overview: ({ planId, today, periodKind }) => results.overview(planId, today, periodKind),
    manualList: ({ controlId }) => results.manual.list(controlId),
    manualCreate: (input) => results.manual.create(input, actor()),
    manualUpdate: ({ id, patch }) => results.manual.update(id, patch, actor()),
    manualRemove: ({ id }) => results.manual.remove(id, actor()),
  };
}
