import type { AppInfo } from '../../../shared/ipc/app';
import type { DomainHandlers } from '../handler-types';

export function appHandlers(info: AppInfo): DomainHandlers<'app'> {
  return {
    info: () => info,
  };
}
