import Personnummer from 'personnummer';

/**
 * Candidates: YYMMDD-NNNC / YYMMDD+NNNC, YYYYMMDD-NNNC, YYYYMMDDNNNC and YYMMDDNNNC.
 * A bare ten-digit run that starts with 0 is left alone: it is far more often a
 * Swedish phone number (070…, 08…) than a child's number written without its dash.
 */
const CANDIDATE = /(?<![\d-])(?:(?:19|20)\d{6}[-+]?\d{4}|\d{6}[-+]\d{4}|[1-9]\d{9})(?![\d-])/g;

function isPersonalIdentityNumber(candidate: string): boolean {
  return Personnummer.valid(candidate, { allowCoordinationNumber: true, allowInterimNumber: false });
}

/** Every personnummer or samordningsnummer in a free text. */
export function findPersonalIdentityNumbers(text: string): string[] {
  return [...text.matchAll(CANDIDATE)].map((match) => match[0]).filter(isPersonalIdentityNumber);
}

export function containsPersonalIdentityNumber(text: string): boolean {
  return findPersonalIdentityNumbers(text).length > 0;
}
