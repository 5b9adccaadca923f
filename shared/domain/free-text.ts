import type { z } from 'zod';
import { keyed } from '../messages/zod-issues';
import { containsPersonalIdentityNumber } from '../personal-data/personnummer-guard';

/** Every text a user writes passes this: the quality tool must never hold a personnummer. */
export function withoutPersonalData<T extends z.ZodType<string>>(schema: T) {
  return schema.refine((text) => !containsPersonalIdentityNumber(text), { message: keyed('validation.personalIdentityNumber') });
}
