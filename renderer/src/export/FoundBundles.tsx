import { useTranslation } from 'react-i18next';
import type { FolderScan } from '../../../shared/ipc/bundles';
import { formatDateTime } from '../format';
import { fileNameOf } from './file-name';

interface FoundBundlesProps {
  scan: FolderScan;
  chosen: Set<string>;
  onChange(chosen: Set<string>): void;
}

/** The bundles in the folder with what the database already holds of each; new ones come pre-chosen. */
export function FoundBundles({ scan, chosen, onChange }: FoundBundlesProps) {
  const { t, i18n } = useTranslation();

  function toggle(file: string) {
    const next = new Set(chosen);
    if (next.has(file)) next.delete(file);
    else next.add(file);
    onChange(next);
  }

  return (
    <>
      {scan.bundles.length === 0 ? (
        <p className="empty-note">{t('exportScreen.import.none')}</p>
      ) : (
        <table className="table export-table">
          <caption>{t('exportScreen.import.found')}</caption>
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">{t('exportScreen.import.choose', { file: '' })}</span>
              </th>
              <th scope="col">{t('exportScreen.import.unit')}</th>
              <th scope="col">{t('exportScreen.import.year')}</th>
              <th scope="col">{t('exportScreen.import.exported')}</th>
              <th scope="col">{t('exportScreen.import.state')}</th>
            </tr>
          </thead>
          <tbody>
            {scan.bundles.map((bundle) => (
              <tr key={bundle.file}>
                <td>
                  <input
                    type="checkbox"
                    checked={chosen.has(bundle.file)}
                    aria-label={t('exportScreen.import.choose', { file: `${bundle.unitName} ${bundle.year}, ${fileNameOf(bundle.file)}` })}
                    onChange={() => toggle(bundle.file)}
                  />
                </td>
                <td>
                  {bundle.unitName}
                  <span className="export-file">{fileNameOf(bundle.file)}</span>
                </td>
                <td>{bundle.year}</td>
                <td>{formatDateTime(bundle.exportedAt, i18n.language)}</td>
                <td>
                  <span className={`tag export-state export-state--${bundle.state}`}>{t(`exportScreen.import.states.${bundle.state}`)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {scan.unreadable.length > 0 ? (
        <div className="notice notice--error">
          <h3 className="notice__title">{t('exportScreen.import.unreadable')}</h3>
          <ul>
            {scan.unreadable.map((file) => (
              <li key={file.file}>{file.message}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}
