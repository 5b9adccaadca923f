import { z } from 'zod';
import { withoutPersonalData } from './free-text';
import { Id, Timestamp } from './ids';

export const UnitName = withoutPersonalData(
  z
    .string({ message: 'Ange enhetens namn.' })
    .trim()
    .min(2, 'Enhetens namn måste ha minst 2 tecken.')
    .max(120, 'Enhetens namn får vara högst 120 tecken.'),
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
