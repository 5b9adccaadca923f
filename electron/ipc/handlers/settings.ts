import type { Repositories } from '../../../db/repositories';
import type { DomainHandlers } from '../handler-types';

export function settingsHandlers(repos: Repositories): DomainHandlers<'settings'> {
  return {
    get: () => ({ userName: repos.settings.userName() }),
    setUserName: ({ name }) => {
      repos.settings.setUserName(name);
      return { userName: name };
    },
  };
}
