import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../components/FormError';
import { useSubmit } from '../hooks/use-submit';
import { useBackups } from './backups-store';
import { formatDateTime } from '../format';
import { Panel } from '../components/Panel';

export function CreateBackupPanel() {
  const { t, i18n } = useTranslation();
  const errorId = useId();
  const [takenAt, setTakenAt] = useState<string | null>(null);
  const { saving, error, run } = useSubmit();

  async function create() {
    setTakenAt(null);
    const result = await useBackups.getState().create();
    if (result.ok) setTakenAt(result.value.takenAt);
    return result;
  }

  return (
    <Panel title={t('backupScreen.create.title')}>
      <p>{t('backupScreen.create.lead')}</p>
      <button type="button" className="button button--primary" onClick={() => void run(create)} aria-describedby={error ? errorId : undefined}>
        {saving ? t('backupScreen.create.busy') : t('backupScreen.create.button')}
      </button>
      <FormError id={errorId} message={error} />
      <p className="form-success" role="status">
        {takenAt ? t('backupScreen.create.done', { when: formatDateTime(takenAt, i18n.language) }) : null}
      </p>
    </Panel>
  );
}
