import type { Repositories } from '../../../db/repositories';
import type { DomainHandlers } from '../handler-types';

export function planHandlers(repos: Repositories): DomainHandlers<'plans'> {
  return {
    list: ({ unitId }) => repos.plans.list(unitId),
    create: (input) => repos.plans.create(input),
    rename: ({ id, title }) => repos.plans.rename(id, title),
  };
}
