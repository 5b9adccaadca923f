import { useTranslation } from 'react-i18next';
import type { ImportResult } from '../../../shared/ipc/bundles';
import { messageText } from '../api/message-text';

/** One line per bundle: imported, replaced, already there, older, or refused with the reason. */
export function ImportResults({ results }: { results: ImportResult[] }) {
  const { t } = useTranslation();
  return (
    <div role="status" className="export-results">
      <h3 className="section-title">{t('exportScreen.import.results')}</h3>
      <ul>
        {results.map((result) => (
          <li key={result.file} className={`export-result export-result--${result.kind}`}>
            {messageText(result)}
          </li>
        ))}
      </ul>
    </div>
  );
}
