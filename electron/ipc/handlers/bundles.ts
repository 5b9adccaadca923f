import type { BundleService } from '../../services/bundle/bundle-service';
import type { DomainHandlers } from '../handler-types';

export function bundleHandlers(bundles: BundleService): DomainHandlers<'bundles'> {
  return {
    status: () => bundles.export.status(),
    export: ({ planId }) => bundles.export.exportPlan(planId),
    retry: () => bundles.export.deliver(),
    checkFolder: ({ folder }) => bundles.checkFolder(folder),
    scan: ({ folder }) => bundles.import.scan(folder),
    import: ({ files }) => bundles.import.importFiles(files),
  };
}
