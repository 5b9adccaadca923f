import type { Repositories } from '../../../db/repositories';
import type { DomainHandlers } from '../handler-types';

export function unitHandlers(repos: Repositories): DomainHandlers<'units'> {
  return {
    list: () => repos.units.list(),
    create: ({ name }) => repos.units.create(name),
    rename: ({ id, name }) => repos.units.rename(id, name),
  };
}
