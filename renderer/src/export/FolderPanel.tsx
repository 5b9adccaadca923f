import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../api/client';
import { FormError } from '../components/FormError';
import { useSubmit } from '../hooks/use-submit';
import { ChooseFolderButton } from './ChooseFolderButton';
import { useExportStatus } from './export-store';
import { Panel } from '../components/Panel';

/** The unit's folder on the file share, chosen once: saved, and checked by writing and reading a small file there. */
export function FolderPanel() {
  const { t } = useTranslation();
  const saved = useExportStatus((state) => state.status?.folder ?? null);
  const [folder, setFolder] = useState<string | null>(null);
  const [check, setCheck] = useState<{ ok: boolean; message: string } | null>(null);
  const save = useSubmit();
  const checking = useSubmit();
  const value = folder ?? saved ?? '';

  async function onSave(event: FormEvent) {
    event.preventDefault();
    setCheck(null);
    const done = await save.run(() => request((api) => api.settings.setSharedFolder({ folder: value })));
    if (done) {
      setFolder(null);
      await useExportStatus.getState().load();
      await onCheck();
    }
  }

  async function onCheck() {
    await checking.run(async () => {
      const result = await request((api) => api.bundles.checkFolder({ folder: value }));
      if (result.ok) setCheck(result.value);
      return result;
    });
  }

  return (
    <Panel title={t('exportScreen.folder.title')}>
      <p>{t('exportScreen.folder.intro')}</p>
      <p className="field-hint">{saved ? `${t('exportScreen.folder.current')} ${saved}` : t('exportScreen.folder.none')}</p>
      <form onSubmit={(event) => void onSave(event)} noValidate>
        <label htmlFor="export-folder">{t('exportScreen.folder.label')}</label>
        <p id="export-folder-hint" className="field-hint">
          {t('exportScreen.folder.hint')}
        </p>
        <input
          id="export-folder"
          type="text"
          value={value}
          spellCheck={false}
          aria-describedby={save.error ? 'export-folder-hint export-folder-error' : 'export-folder-hint'}
          aria-invalid={save.error ? true : undefined}
          onChange={(event) => setFolder(event.target.value)}
        />
        <FormError id="export-folder-error" message={save.error ?? checking.error} />
        <div className="button-row export-actions">
          <button type="submit" className="button button--primary" disabled={save.saving || value.trim() === ''}>
            {save.saving ? t('common.saving') : t('exportScreen.folder.save')}
          </button>
          <ChooseFolderButton label={t('exportScreen.folder.chooseShared')} onChosen={setFolder} />
          <button type="button" className="button" disabled={checking.saving || value.trim() === ''} onClick={() => void onCheck()}>
            {checking.saving ? t('exportScreen.folder.checking') : t('exportScreen.folder.check')}
          </button>
        </div>
        <p role="status" className={check?.ok === false ? 'form-error' : 'form-success'}>
          {check?.message ?? ''}
        </p>
      </form>
    </Panel>
  );
}
