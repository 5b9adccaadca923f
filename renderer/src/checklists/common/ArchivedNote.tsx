import { useTranslation } from 'react-i18next';
import { hashFor } from '../../navigation/sections';

/** An archived plan keeps its checklists and runs for reading; nothing in them can change. */
export function ArchivedNote() {
  const { t } = useTranslation();
  return (
    <div className="notice notice--info" role="note">
      <p className="notice__title">{t('checklistScreens.plan.archivedTitle')}</p>
      <p>
        {t('checklistScreens.plan.archivedBody')} <a href={hashFor('qualityPlan')}>{t('checklistScreens.plan.archivedLink')}</a>
      </p>
    </div>
  );
}
