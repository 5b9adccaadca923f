import type { Repositories } from '../../../db/repositories';
import type { AppInfo } from '../../../shared/ipc/app';
import { AppError } from '../../../shared/errors';

export interface HandlerContext {
  repos: Repositories;
  info: AppInfo;
  /** Only the desktop app has a folder dialog. */
  chooseFolder?: () => Promise<string | null>;
}

/** Who signs a change: the name this device's user gave once. */
export function actorOf(repos: Repositories): string {
  const name = repos.settings.userName();
  if (!name) {
    throw new AppError('VALIDATION', 'app.userNameMissing');
  }
  return name;
}
