import { z } from 'zod';
import { keyed } from '../messages/zod-issues';
import { withoutPersonalData } from '../domain/free-text';
import { channel } from './channel';

export const UserName = withoutPersonalData(
  z.string().trim().min(2, keyed('validation.userNameShort')).max(80, keyed('validation.userNameLong')),
);

/** A folder on the file share as the user's computer names it: a drive path (S:\\Kvalitet) or a UNC path (\\\\server\\share). */
export const SharedFolderPath = z
  .string()
  .trim()
  .min(1, keyed('validation.folderMissing'))
  .max(1000, keyed('validation.pathLong'))
  .refine((folder) => /^([a-zA-Z]:[\\/]|[\\/])/.test(folder), keyed('validation.folderNotAbsolute'));

const Settings = z.object({ userName: z.string().nullable(), sharedFolder: z.string().nullable() });

export const settingsContract = {
  get: channel('settings:get', z.object({}).strict(), Settings),
  setUserName: channel('settings:setUserName', z.object({ name: UserName }).strict(), Settings),
  setSharedFolder: channel('settings:setSharedFolder', z.object({ folder: SharedFolderPath }).strict(), Settings),
};
