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
};
