import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { loadCatalog, useCatalogStatus } from './catalog';

interface CatalogGateProps {
  children: ReactNode;
}

/** Shows the units and plans only once they are loaded; otherwise says why not and offers a retry. */
export function CatalogGate({ children }: CatalogGateProps) {
  const { t } = useTranslation();
  const { status, error } = useCatalogStatus();

  if (status === 'failed') {
    return (
      <div className="notice notice--error" role="alert">
        <p className="notice__title">{t('common.loadFailed')}</p>
        {error ? <p>{error}</p> : null}
        <button type="button" className="button" onClick={() => void loadCatalog()}>
          {t('common.retry')}
        </button>
      </div>
    );
  }
  if (status !== 'ready') {
    return (
      <p className="loading" role="status">
        {t('common.loading')}
      </p>
    );
  }
  return <>{children}</>;
}
