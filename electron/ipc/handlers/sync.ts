import type { SyncService } from '../../services/sync/sync-service';
import type { DomainHandlers } from '../handler-types';

export function syncHandlers(sync: SyncService): DomainHandlers<'sync'> {
  return {
    status: () => sync.status(),
    now: () => sync.syncNow(),
  };
}
