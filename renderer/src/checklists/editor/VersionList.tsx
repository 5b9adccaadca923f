import { useTranslation } from 'react-i18next';
import type { TemplateDetail } from '../../../../shared/checklists/template';
import { formatDate } from '../../format';
import { Section } from '../../components/Section';

/** Every version of the checklist, who made it and how many runs used it: old runs keep their own. */
export function VersionList({ template }: { template: TemplateDetail }) {
  const { t, i18n } = useTranslation();
  const versions = [...template.versions].sort((a, b) => b.version - a.version);
  return (
    <Section className="cl-section" titleClassName="cl-subtitle" level={3} title={t('checklistScreens.editor.versionsTitle')}>
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
    </Section>
  );
}
