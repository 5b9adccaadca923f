import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rotationPolicy } from '../../../shared/backups/rotation';
import type { Backup } from '../../../shared/ipc/backups';
import { useBackups } from './backups-store';
import { RestoreDialog } from './RestoreDialog';
import { formatDate, formatDateTime, formatSize, formatTime } from '../format';
import { Panel } from '../components/Panel';

function BackupRows({ backups, onRestore }: { backups: Backup[]; onRestore(backup: Backup): void }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="rs-table-wrap">
      <table className="table bk-table">
        <caption className="visually-hidden">{t('backupScreen.list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('backupScreen.list.date')}</th>
            <th scope="col">{t('backupScreen.list.time')}</th>
            <th scope="col">{t('backupScreen.list.kind')}</th>
            <th scope="col" className="bk-number">
              {t('backupScreen.list.size')}
            </th>
            <th scope="col">
              <span className="visually-hidden">{t('backupScreen.list.action')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {backups.map((backup) => (
            <tr key={backup.id} data-backup={backup.id}>
              <td className="ov-nowrap">{formatDate(backup.takenAt, i18n.language)}</td>
              <td className="ov-nowrap">{formatTime(backup.takenAt, i18n.language)}</td>
              <td>{t(`backupScreen.kind.${backup.kind}`)}</td>
              <td className="ov-nowrap bk-number">{formatSize(backup.sizeBytes, i18n.language)}</td>
              <td>
                <button
                  type="button"
                  className="button button--small"
                  aria-label={t('backupScreen.list.restoreAria', { when: formatDateTime(backup.takenAt, i18n.language) })}
                  onClick={() => onRestore(backup)}
                >
                  {t('backupScreen.list.restore')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The saved copies, newest first, each with its restore; and where they are and how long they are kept. */
export function BackupList() {
  const { t } = useTranslation();
  const { status, error, folder, backups } = useBackups();
  const [chosen, setChosen] = useState<Backup | null>(null);

  if (status === 'failed') {
    return (
      <div className="notice notice--error" role="alert">
        <p className="notice__title">{t('backupScreen.loadFailed')}</p>
        {error ? <p>{error}</p> : null}
        <button type="button" className="button" onClick={() => void useBackups.getState().load()}>
          {t('common.retry')}
        </button>
      </div>
    );
  }

  return (
    <Panel title={t('backupScreen.list.title')}>
      {status !== 'ready' && backups.length === 0 ? (
        <p className="loading" role="status">
          {t('backupScreen.loading')}
        </p>
      ) : backups.length === 0 ? (
        <p>{t('backupScreen.list.none')}</p>
      ) : (
        <BackupRows backups={backups} onRestore={setChosen} />
      )}
      {folder ? <p className="muted bk-folder">{t('backupScreen.list.folder', { folder })}</p> : null}
      <p className="muted">
        {t('backupScreen.list.rotation', {
          days: rotationPolicy.dailyDays,
          weeks: rotationPolicy.weeklyWeeks,
          manual: rotationPolicy.manual,
          beforeRestore: rotationPolicy.beforeRestore,
        })}
      </p>
      <p className="muted">{t('backupScreen.list.startCheck')}</p>
      {chosen ? <RestoreDialog backup={chosen} onCancel={() => setChosen(null)} /> : null}
    </Panel>
  );
}
