import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../shared/ipc/app';
import { request } from '../api/client';

/** The version people quote when they ask for help. */
export function AppVersion() {
  const { t } = useTranslation();
  const [info, setInfo] = useState<AppInfo | null>(null);

  useEffect(() => {
    let active = true;
    void request((api) => api.app.info({})).then((result) => {
      if (active && result.ok) setInfo(result.value);
    });
    return () => {
      active = false;
    };
  }, []);

  if (!info) return null;
  return (
    <p className="app-version">
      {t('nav.version', { version: info.version })}
      {info.runtime === 'web-harness' ? (
        <>
          <br />
          {t('nav.webHarness')}
        </>
      ) : null}
    </p>
  );
}
