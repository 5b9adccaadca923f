import Personnummer from 'personnummer';

/**
 * Candidates: YYMMDD-NNNC / YYMMDD+NNNC / YYMMDD NNNC, YYYYMMDD-NNNC / YYYYMMDD NNNC,
 * YYYYMMDDNNNC and YYMMDDNNNC. Phone numbers are written in groups of two and three
 * (070-123 45 67, 08-508 000 00), never as six digits, a space and four.
 */
const CANDIDATE = /(?<![\d-])(?:(?:19|20)\d{6}[-+ ]?\d{4}|\d{6}[-+ ]\d{4}|\d{10})(?![\d-])/g;

/**
 * A bare ten-digit run that starts with 0 may be a child born 2000–2009 written without its
 * dash, or just as well a phone number (0701234567): it is asked about, not refused.
 */
const isUncertain = (candidate: string) => /^0\d{9}$/.test(candidate);

function isPersonalIdentityNumber(candidate: string): boolean {
  // The library knows only the dash and the plus; a space stands where the dash would.
  return Personnummer.valid(candidate.replace(' ', '-'), { allowCoordinationNumber: true, allowInterimNumber: false });
}

const validCandidates = (text: string) => [...text.matchAll(CANDIDATE)].map((match) => match[0]).filter(isPersonalIdentityNumber);

/** Every number in a free text that is certainly a personnummer or samordningsnummer. */
export function findPersonalIdentityNumbers(text: string): string[] {
  return validCandidates(text).filter((candidate) => !isUncertain(candidate));
}

export function containsPersonalIdentityNumber(text: string): boolean {
  return findPersonalIdentityNumbers(text).length > 0;
}

/**
 * What the guard says of a text: `refused` when it holds a personnummer; `warning` when it
 * holds only a number that may be one (a bare 0… number that is a valid date and passes the
 * check digit), which the user may confirm is not; `clean` otherwise.
 */
export type PersonalDataCheck = 'clean' | 'warning' | 'refused';

export function checkPersonalData(text: string): PersonalDataCheck {
  const found = validCandidates(text);
  if (found.some((candidate) => !isUncertain(candidate))) return 'refused';
  return found.length > 0 ? 'warning' : 'clean';
}
