import { AppError } from '../../../shared/errors';
import type { MessageKey, ParamsArg } from '../../../shared/messages/catalogue';

type BundleKey = Extract<MessageKey, `bundles.${string}`>;

/** A bundle that cannot be trusted: the key's text names the file, says what is wrong and what to do. */
export function bundleError<K extends BundleKey>(key: K, ...params: ParamsArg<K>): AppError<K> {
  return new AppError('VALIDATION', key, ...params);
}
