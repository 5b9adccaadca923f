import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ScreenTitle } from '../components/ScreenTitle';
import './export.css';
import { BundleExportPanel } from './BundleExportPanel';
import { useExportStatus } from './export-store';
import { FolderPanel } from './FolderPanel';
import { BundleImportPanel } from './BundleImportPanel';

/** Export och import: the shared folder, the unit's yearly bundle with its waiting queue, and the socialkontor's import. */
export function ExportScreen() {
  const { t } = useTranslation();
  const loadError = useExportStatus((state) => state.loadError);

  // The main process retries waiting bundles every minute; the screen follows along while it is open.
  useEffect(() => {
    void useExportStatus.getState().load();
    const timer = setInterval(() => void useExportStatus.getState().load(), 30_000);
    return () => clearInterval(timer);
  }, []);

  return (
    <div className="export-screen">
      <ScreenTitle lead={t('exportScreen.lead')}>{t('exportScreen.title')}</ScreenTitle>
      {loadError ? (
        <p className="form-error" role="alert">
          {loadError}
        </p>
      ) : null}
      <FolderPanel />
      <BundleExportPanel />
      <BundleImportPanel />
    </div>
  );
}
