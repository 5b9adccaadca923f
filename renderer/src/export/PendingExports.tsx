import { useTranslation } from 'react-i18next';
import { request } from '../api/client';
import { FormError } from '../components/FormError';
import { useSubmit } from '../hooks/use-submit';
import { useExportStatus } from './export-store';
import { formatDateTime } from '../format';

/** Bundles kept on this computer until the shared folder takes them, with the reason and a way to try at once. */
export function PendingExports() {
  const { t, i18n } = useTranslation();
  const status = useExportStatus((state) => state.status);
  const retry = useSubmit();
  if (!status || status.pending.length === 0) return null;

  async function onRetry() {
    await retry.run(async () => {
      const result = await request((api) => api.bundles.retry({}));
      if (result.ok) useExportStatus.getState().show(result.value);
      return result;
    });
  }

  return (
    <div className="notice notice--error export-pending" aria-labelledby="export-pending-title">
      <h3 id="export-pending-title" className="notice__title">
        {t('exportScreen.bundle.pendingTitle')}
      </h3>
      {status.problem ? <p>{status.problem}</p> : null}
      <p>{t('exportScreen.bundle.pendingIntro')}</p>
      <ul className="export-pending__list">
        {status.pending.map((item) => (
          <li key={item.fileName}>
            {t('exportScreen.bundle.pendingItem', { file: item.fileName, unit: item.unitName, year: item.year, when: formatDateTime(item.exportedAt, i18n.language) })}
            {item.target ? ` ${t('exportScreen.bundle.pendingTarget', { folder: item.target })}` : ''}
          </li>
        ))}
      </ul>
      <button type="button" className="button" disabled={retry.saving} onClick={() => void onRetry()}>
        {retry.saving ? t('exportScreen.bundle.retrying') : t('exportScreen.bundle.retry')}
      </button>
      <FormError id="export-retry-error" message={retry.error} />
    </div>
  );
}
