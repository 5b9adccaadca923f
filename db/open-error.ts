import { AppError } from '../shared/errors';
import type { MessageKey, ParamsArg } from '../shared/messages/catalogue';

/** The database of this process could not be opened; the key tells the user why, in their language. */
export class DatabaseOpenError<K extends MessageKey = MessageKey> extends AppError<K> {
  constructor(key: K, ...params: ParamsArg<K>) {
    super('INTERNAL', key, ...params);
    this.name = 'DatabaseOpenError';
  }
}
