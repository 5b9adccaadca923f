import type { Repositories } from '../../../db/repositories';
import type { DomainHandlers } from '../handler-types';

export function settingsHandlers(repos: Repositories): DomainHandlers<'settings'> {
  const current = () => ({ userName: repos.settings.userName(), sharedFolder: repos.settings.sharedFolder() });
  return {
    get: current,
    setUserName: ({ name }) => {
      repos.settings.setUserName(name);
      return current();
    },
    setSharedFolder: ({ folder }) => {
      repos.settings.setSharedFolder(folder);
      return current();
    },
  };
}
