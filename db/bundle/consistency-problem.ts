import type { MessageKey } from '../../shared/messages/catalogue';

/** A problem that makes a bundle's data unfit to import, as a key of the bundle messages; every text also names the file, added by the caller. */
export interface ConsistencyProblem {
  key: Extract<MessageKey, `bundles.${string}`>;
  params: Record<string, string | number>;
}
