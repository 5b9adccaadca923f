import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ScreenTitle } from '../components/ScreenTitle';
import { BackupList } from './BackupList';
import { useBackups } from './backups-store';
import { CreateBackupPanel } from './CreateBackupPanel';
import '../results/results.css';
import './backups.css';
import { formatDateTime } from '../format';

/** Säkerhetskopior: the copies the app keeps of its database, a new copy on demand, and a restore. */
export function BackupsScreen() {
  const { t, i18n } = useTranslation();
  const restored = useBackups((state) => state.restored);

  useEffect(() => {
    void useBackups.getState().load();
  }, []);

  return (
    <>
      <ScreenTitle lead={t('backupScreen.lead')}>{t('backupScreen.title')}</ScreenTitle>
      {restored ? (
        <p className="notice notice--info" role="status">
          {t('backupScreen.restore.done', {
            when: formatDateTime(restored.restoredAt, i18n.language),
            safety: formatDateTime(restored.safetyCopyAt, i18n.language),
          })}
        </p>
      ) : null}
      <CreateBackupPanel />
      <BackupList />
    </>
  );
}
