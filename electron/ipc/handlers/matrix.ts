import type { Repositories } from '../../../db/repositories';
import { swedishChangeSummary } from '../../../shared/risk-matrix/impact';
import type { DomainHandlers } from '../handler-types';
import { actorOf } from './context';

export function matrixHandlers(repos: Repositories): DomainHandlers<'matrix'> {
  return {
    preview: ({ planId, matrix }) => {
      const plan = repos.matrix.preview(planId, matrix);
      return { ...plan, message: swedishChangeSummary(plan) };
    },
    apply: ({ planId, matrix, confirmedChanges }) => {
      repos.matrix.apply(planId, matrix, confirmedChanges, actorOf(repos));
      return repos.planDetail(planId);
    },
  };
}
