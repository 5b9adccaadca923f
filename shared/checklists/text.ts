import { z } from 'zod';
import { withoutPersonalData } from '../domain/free-text';
import type { MessageKey } from '../messages/catalogue';
import { keyed } from '../messages/zod-issues';

/** A trimmed text a user writes, never holding a personnummer; `required` is the message key for an empty one. */
export function freeText(max: number, required?: MessageKey) {
  const base = z.string().trim();
  return withoutPersonalData(
    required
      ? base.min(1, keyed(required)).max(max, keyed('validation.tooLong'))
      : base.max(max, keyed('validation.tooLong')),
  );
}
