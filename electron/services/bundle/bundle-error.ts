import { AppError } from '../../../shared/errors';

/** A bundle that cannot be trusted: the message says in Swedish what is wrong and what to do. */
export function bundleError(fileName: string, problem: string): AppError {
  return new AppError('VALIDATION', `${fileName}: ${problem}`);
}

export const ASK_FOR_NEW =
  'Paketet importeras inte. Be enheten exportera sitt årspaket på nytt och lägga det i mappen igen.';
