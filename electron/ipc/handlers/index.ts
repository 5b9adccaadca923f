import type { Repositories } from '../../../db/repositories';
import type { AppInfo } from '../../../shared/ipc/app';
import type { Handlers } from '../handler-types';
import { appHandlers } from './app';
import { planHandlers } from './plans';
import { unitHandlers } from './units';

export interface HandlerContext {
  repos: Repositories;
  info: AppInfo;
}

export function createHandlers({ repos, info }: HandlerContext): Handlers {
  return {
    app: appHandlers(info),
    units: unitHandlers(repos),
    plans: planHandlers(repos),
  };
}
