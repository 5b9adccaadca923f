import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../shared/ipc/app';
import { request } from '../api/client';
import { useRemote } from '../api/use-remote';

/** "Välj mapp …": the desktop app's own folder dialog; in the web mode people type the path instead. */
export function ChooseFolderButton({ onChosen, label }: { onChosen(folder: string): void; label: string }) {
  const { t } = useTranslation();
  const info = useRemote<AppInfo>('app-info', (api) => api.app.info({}));
  if (info.value?.runtime !== 'electron') return null;

  async function onChoose() {
    const result = await request((api) => api.app.chooseFolder({}));
    if (result.ok && result.value.folder) onChosen(result.value.folder);
  }

  return (
    <button type="button" className="button" aria-label={label} onClick={() => void onChoose()}>
      {t('exportScreen.folder.choose')}
    </button>
  );
}
