import { useTranslation } from 'react-i18next';
import { CurrentPlanSummary } from '../plans/CurrentPlanSummary';
import { LanguageSwitch } from './LanguageSwitch';
import { WheelMark } from './WheelMark';

export function Header() {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <div className="brand">
        <WheelMark />
        <div>
          <p className="brand__name">{t('app.name')}</p>
          <p className="brand__tagline">{t('app.tagline')}</p>
        </div>
      </div>
      <CurrentPlanSummary />
      <LanguageSwitch />
    </header>
  );
}
