import { z } from 'zod';

/**
 * Beside the input of any channel: the user's word that a number the personnummer guard was
 * unsure of (shared/personal-data) is not a personnummer. The dispatcher takes it off before
 * the channel's own schema sees the input.
 */
export const PersonalDataConfirmation = z.object({ confirmedNotPersonalData: z.literal(true).optional() }).strict();
export type PersonalDataConfirmation = z.infer<typeof PersonalDataConfirmation>;
