import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FolderScan, ImportResult } from '../../../shared/ipc/bundles';
import { request } from '../api/client';
import { FormError } from '../components/FormError';
import { useSubmit } from '../hooks/use-submit';
import { hashFor } from '../navigation/sections';
import { loadCatalog } from '../plans/catalog';
import { ChooseFolderButton } from './ChooseFolderButton';
import { useExportStatus } from './export-store';
import { FoundBundles } from './FoundBundles';
import { ImportResults } from './ImportResults';
import { Panel } from '../components/Panel';

/** For the socialkontor: finds the units' bundles in a folder and imports the chosen ones, each whole or not at all. */
export function BundleImportPanel() {
  const { t } = useTranslation();
  const sharedFolder = useExportStatus((state) => state.status?.folder ?? '');
  const [folder, setFolder] = useState<string | null>(null);
  const [scan, setScan] = useState<FolderScan | null>(null);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [results, setResults] = useState<ImportResult[] | null>(null);
  const scanning = useSubmit();
  const importing = useSubmit();
  const value = folder ?? sharedFolder;

  async function onScan(event?: FormEvent) {
    event?.preventDefault();
    await scanning.run(async () => {
      const result = await request((api) => api.bundles.scan({ folder: value }));
      if (result.ok) {
        setScan(result.value);
        setChosen(new Set(result.value.bundles.filter((bundle) => bundle.state === 'new').map((bundle) => bundle.file)));
      }
      return result;
    });
  }

  async function onImport() {
    setResults(null);
    const done = await importing.run(async () => {
      const result = await request((api) => api.bundles.import({ files: [...chosen] }));
      if (result.ok) setResults(result.value);
      return result;
    });
    if (done) {
      await Promise.all([loadCatalog(), onScan()]);
    }
  }

  return (
    <Panel title={t('exportScreen.import.title')}>
      <p>{t('exportScreen.import.intro')}</p>
      <form onSubmit={(event) => void onScan(event)} noValidate>
        <label htmlFor="import-folder">{t('exportScreen.import.folder')}</label>
        <p id="import-folder-hint" className="field-hint">
          {t('exportScreen.import.hint')}
        </p>
        <div className="inline-form__row">
          <input id="import-folder" type="text" value={value} spellCheck={false} aria-describedby="import-folder-hint" onChange={(event) => setFolder(event.target.value)} />
          <ChooseFolderButton label={t('exportScreen.folder.chooseImport')} onChosen={setFolder} />
          <button type="submit" className="button" disabled={scanning.saving || value.trim() === ''}>
            {scanning.saving ? t('exportScreen.import.scanning') : t('exportScreen.import.scan')}
          </button>
        </div>
        <FormError id="import-folder-error" message={scanning.error} />
      </form>
      {scan ? <FoundBundles scan={scan} chosen={chosen} onChange={setChosen} /> : null}
      {scan && scan.bundles.length > 0 ? (
        <div className="button-row export-actions">
          <button type="button" className="button button--primary" disabled={importing.saving || chosen.size === 0} onClick={() => void onImport()}>
            {importing.saving ? t('exportScreen.import.importing') : t('exportScreen.import.importChosen', { count: chosen.size })}
          </button>
        </div>
      ) : null}
      <FormError id="import-error" message={importing.error} />
      {results ? <ImportResults results={results} /> : null}
      {results?.some((result) => result.kind !== 'refused') ? (
        <p>
          <a href={hashFor('comparison')}>{t('exportScreen.import.toComparison')}</a>
        </p>
      ) : null}
    </Panel>
  );
}
