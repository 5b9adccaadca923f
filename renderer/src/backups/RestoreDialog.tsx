import { useTranslation } from 'react-i18next';
import type { Backup } from '../../../shared/ipc/backups';
import { request } from '../api/client';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { rememberRestored } from './restored-note';
import { formatDateTime } from '../format';

/**
 * Asks before a restore and says that the current data is copied aside first. After the
 * restore the whole page reloads, so no screen goes on showing data that is gone.
 */
export function RestoreDialog({ backup, onCancel }: { backup: Backup; onCancel(): void }) {
  const { t, i18n } = useTranslation();

  async function restore() {
    const result = await request((api) => api.backups.restore({ id: backup.id }));
    if (result.ok) rememberRestored({ restoredAt: result.value.restored.takenAt, safetyCopyAt: result.value.safetyCopy.takenAt });
    return result;
  }

  return (
    <ConfirmDialog
      title={t('backupScreen.restore.title', { when: formatDateTime(backup.takenAt, i18n.language) })}
      confirmLabel={t('backupScreen.restore.confirm')}
      destructive
      onConfirm={restore}
      onClose={(confirmed) => (confirmed ? window.location.reload() : onCancel())}
    >
      <p>{t('backupScreen.restore.body')}</p>
      <p>{t('backupScreen.restore.safety')}</p>
      <p>{t('backupScreen.restore.reload')}</p>
    </ConfirmDialog>
  );
}
