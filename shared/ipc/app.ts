import { z } from 'zod';
import { channel } from './channel';

export const AppInfo = z.object({
  version: z.string(),
  databasePath: z.string(),
  runtime: z.enum(['electron', 'web-harness']),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const appContract = {
  info: channel('app:info', z.object({}).strict(), AppInfo),
  /** The desktop app's own folder dialog; null when the user cancels it. */
  chooseFolder: channel('app:chooseFolder', z.object({}).strict(), z.object({ folder: z.string().nullable() })),
};
