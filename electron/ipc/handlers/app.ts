import { AppError } from '../../../shared/errors';
import type { AppInfo } from '../../../shared/ipc/app';
import type { DomainHandlers } from '../handler-types';

/** Opens the system's folder dialog and gives the chosen folder, or null when cancelled. */
export type FolderChooser = () => Promise<string | null>;

export function appHandlers(info: AppInfo, chooseFolder?: FolderChooser): DomainHandlers<'app'> {
  return {
    info: () => info,
    chooseFolder: async () => {
      if (!chooseFolder) {
        throw new AppError('VALIDATION', 'app.folderPickerDesktopOnly');
      }
      return { folder: await chooseFolder() };
    },
  };
}
