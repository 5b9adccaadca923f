import { useTranslation } from 'react-i18next';

/** Shown instead of the app when it was opened without its data connection, so nothing pretends to work. */
export function MissingApi() {
  const { t } = useTranslation();
  return (
    <main className="missing-api">
      <div className="notice notice--error" role="alert">
        <h1 className="notice__heading">{t('errors.missingApiTitle')}</h1>
        <p>{t('errors.missingApiBody')}</p>
        <p>{t('errors.missingApiAction')}</p>
      </div>
    </main>
  );
}
