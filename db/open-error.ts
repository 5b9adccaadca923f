import { AppError } from '../shared/errors';

/** The database of this process could not be opened; the message tells the user why, in Swedish. */
export class DatabaseOpenError extends AppError {
  constructor(message: string) {
    super('INTERNAL', message);
    this.name = 'DatabaseOpenError';
  }
}
