import { useTranslation } from 'react-i18next';
import type { PlanStatus } from '../../../../shared/domain/plan-enums';
import { hashFor } from '../../navigation/sections';

interface LockedBannerProps {
  status: PlanStatus;
}

/** An adopted or archived plan cannot change; say so, and where to reopen it. */
export function LockedBanner({ status }: LockedBannerProps) {
  const { t } = useTranslation();
  return (
    <div className="notice notice--info rm-locked" role="note">
      <p className="notice__title">{t('riskMatrix.locked.title', { status: t(`domain.planStatus.${status}`).toLocaleLowerCase() })}</p>
      <p>
        {t('riskMatrix.locked.body')} <a href={hashFor('qualityPlan')}>{t('riskMatrix.locked.link')}</a>
      </p>
    </div>
  );
}
