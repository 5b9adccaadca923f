import { z } from 'zod';
import { keyed } from '../messages/zod-issues';
import { withoutPersonalData } from './free-text';
import { Id, Timestamp } from './ids';

export const UnitName = withoutPersonalData(
  z
    .string({ message: keyed('validation.unitNameMissing') })
    .trim()
    .min(2, keyed('validation.unitNameShort'))
    .max(120, keyed('validation.unitNameLong')),
);

export const Unit = z.object({
  id: Id,
  name: z.string(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  /** imported: read from a unit's yearly bundle at the socialkontor, so it can only be read here. */
  origin: z.enum(['local', 'imported']),
});
export type Unit = z.infer<typeof Unit>;
