import { z } from 'zod';
import { withoutPersonalData } from '../domain/free-text';

/** A trimmed text a user writes, never holding a personnummer; `required` is the message for an empty one. */
export function freeText(max: number, required?: string) {
  const base = z.string().trim();
  return withoutPersonalData(
    required
      ? base.min(1, required).max(max, `Texten får vara högst ${max} tecken.`)
      : base.max(max, `Texten får vara högst ${max} tecken.`),
  );
}
