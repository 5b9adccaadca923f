import type { z } from 'zod';
import { keyed } from '../messages/zod-issues';
import { checkPersonalData } from '../personal-data/personnummer-guard';

/** The issue param a warning carries, so the dispatcher can tell "ask the user" from a refusal. */
export const UNCERTAIN_PERSONAL_DATA = 'uncertainPersonalData';

let confirmed = false;

/**
 * Runs synchronous work (a parse, a repository write that checks its text again) with the
 * user's word that the numbers the guard is unsure of are not personnummer. Zod has no parse
 * context to carry this; a flag held for exactly the length of a synchronous call cannot
 * leak into another one.
 */
export function withConfirmedNotPersonalData<T>(work: () => T): T {
  confirmed = true;
  try {
    return work();
  } finally {
    confirmed = false;
  }
}

/**
 * Every text a user writes passes this: the quality tool must never hold a personnummer.
 * A number that only may be one is refused with a warning the user can answer.
 */
export function withoutPersonalData<T extends z.ZodType<string>>(schema: T) {
  return schema.superRefine((text, ctx) => {
    const check = checkPersonalData(text);
    if (check === 'refused') ctx.addIssue({ code: 'custom', message: keyed('validation.personalIdentityNumber') });
    else if (check === 'warning' && !confirmed) {
      ctx.addIssue({ code: 'custom', message: keyed('validation.possiblePersonalIdentityNumber'), params: { [UNCERTAIN_PERSONAL_DATA]: true } });
    }
  });
}
