import { z } from 'zod';
import { withoutPersonalData } from '../domain/free-text';
import { channel } from './channel';

export const UserName = withoutPersonalData(
  z.string().trim().min(2, 'Skriv ditt namn eller dina initialer (minst 2 tecken).').max(80, 'Namnet får vara högst 80 tecken.'),
);

const Settings = z.object({ userName: z.string().nullable() });

export const settingsContract = {
  get: channel('settings:get', z.object({}).strict(), Settings),
  setUserName: channel('settings:setUserName', z.object({ name: UserName }).strict(), Settings),
};
