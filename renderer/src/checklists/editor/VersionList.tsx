import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateDetail } from '../../../../shared/checklists/template';
import { formatDate } from '../../format';

/** Every version of the checklist, who made it and how many runs used it: old runs keep their own. */
export function VersionList({ template }: { template: TemplateDetail }) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const versions = [...template.versions].sort((a, b) => b.version - a.version);
  return (
    <section className="cl-section" aria-labelledby={titleId}>
      <h3 id={titleId} className="cl-subtitle">
        {t('checklistScreens.editor.versionsTitle')}
      </h3>
      <ul className="cl-versions">
        {versions.map((version) => (
          <li key={version.id}>
            <strong>{t('checklistScreens.overview.version', { version: version.version })}</strong>{' '}
            {t('checklistScreens.editor.versionLine', {
              date: formatDate(version.createdAt, i18n.language),
              by: version.createdBy,
              runs: t('checklistScreens.overview.runs', { count: version.runCount }),
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
