import { z } from 'zod';
import { withoutPersonalData } from '../domain/free-text';
import { channel } from './channel';

export const UserName = withoutPersonalData(
  z.string().trim().min(2, 'Skriv ditt namn eller dina initialer (minst 2 tecken).').max(80, 'Namnet får vara högst 80 tecken.'),
);

/** A folder on the file share as the user's computer names it: a drive path (S:\\Kvalitet) or a UNC path (\\\\server\\share). */
export const SharedFolderPath = z
  .string()
  .trim()
  .min(1, 'Ange mappen på den gemensamma filytan, till exempel S:\\Kvalitet\\Enheten.')
  .max(1000, 'Sökvägen får vara högst 1000 tecken.')
  .refine((folder) => /^([a-zA-Z]:[\\/]|[\\/])/.test(folder), 'Ange hela sökvägen till mappen, till exempel S:\\Kvalitet\\Enheten eller \\\\server\\kvalitet.');

const Settings = z.object({ userName: z.string().nullable(), sharedFolder: z.string().nullable() });

export const settingsContract = {
  get: channel('settings:get', z.object({}).strict(), Settings),
  setUserName: channel('settings:setUserName', z.object({ name: UserName }).strict(), Settings),
  setSharedFolder: channel('settings:setSharedFolder', z.object({ folder: SharedFolderPath }).strict(), Settings),
};
