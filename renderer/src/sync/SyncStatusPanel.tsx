import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../../../shared/ipc/sync';
import { hashFor } from '../navigation/sections';
import { useSync } from './sync-store';
import { warningText } from './warning-text';
import './sync.css';
import { messageText } from '../api/message-text';

/** The status is asked for again this often: rounds run by themselves in the main process. */
const REFRESH_MS = 15_000;

function useWhen() {
  const { t, i18n } = useTranslation();
  return (iso: string) => {
    const locale = i18n.language === 'en' ? 'en-GB' : 'sv-SE';
    const at = new Date(iso);
    if (at.toDateString() === new Date().toDateString()) return t('sync.today', { time: new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(at) });
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
  };
}

function StateLines({ status }: { status: SyncStatus }) {
  const { t } = useTranslation();
  const when = useWhen();
  if (status.state === 'syncing') return <p className="sync-status__state">{t('sync.syncing')}</p>;
  if (status.state === 'unreachable' || status.state === 'failed') {
    return (
      <>
        {status.state === 'failed' ? <p className="sync-status__state sync-status__state--problem">{t('sync.failed')}</p> : null}
        <p className={status.state === 'failed' ? 'sync-status__detail' : 'sync-status__state sync-status__state--problem'}>{status.problem ? messageText(status.problem) : null}</p>
        {status.lastSyncAt ? <p className="sync-status__detail">{t('sync.lastSyncedAt', { when: when(status.lastSyncAt) })}</p> : null}
      </>
    );
  }
  return <p className="sync-status__state">{status.lastSyncAt ? t('sync.syncedAt', { when: when(status.lastSyncAt) }) : t('sync.never')}</p>;
}

/** Where sync stands, in the side navigation: last sync, changes waiting, why not, and a button to sync now. */
export function SyncStatusPanel() {
  const { t } = useTranslation();
  const { status, failed, busy, load, syncNow } = useSync();

  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [load]);

  if (!status) return failed ? <p className="sync-status sync-status__state">{t('sync.loadFailed')}</p> : null;
  const received = status.lastRound?.from ?? [];
  return (
    <section className="sync-status" aria-labelledby="sync-status-title">
      <h2 id="sync-status-title" className="sync-status__title">
        {t('sync.title')}
      </h2>
      <div aria-live="polite">
        {status.state === 'not-chosen' ? (
          <>
            <p className="sync-status__state">{t('sync.notChosen')}</p>
            <a href={hashFor('export')}>{t('sync.chooseFolder')}</a>
          </>
        ) : (
          <>
            <StateLines status={status} />
            <p className="sync-status__detail">{t('sync.pending', { count: status.pending })}</p>
            {received.length > 0 ? <p className="sync-status__detail">{t('sync.received', { names: received.join(', ') })}</p> : null}
          </>
        )}
      </div>
      {status.state !== 'not-chosen' ? (
        <button type="button" className="button button--small" onClick={() => void syncNow()} disabled={busy || status.state === 'syncing'}>
          {t('sync.syncNow')}
        </button>
      ) : null}
      {status.warnings.length > 0 ? (
        <details className="sync-status__warnings">
          <summary>{t('sync.warnings', { count: status.warnings.length })}</summary>
          <ul>
            {status.warnings.map((warning, index) => (
              <li key={index}>{warningText(t, warning)}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
