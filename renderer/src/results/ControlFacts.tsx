import { useTranslation } from 'react-i18next';
import type { ControlResults } from '../../../shared/results/control-results';
import { toleranceText } from './target-text';

/** How the control is measured and counted, and which checklist questions feed it. */
export function ControlFacts({ control }: { control: ControlResults }) {
  const { t, i18n } = useTranslation();
  return (
    <dl className="card rs-facts">
      <div>
        <dt>{t('resultScreens.detail.method')}</dt>
        <dd>{t(`domain.measureMethod.${control.method}`)}</dd>
      </div>
      <div>
        <dt>{t('resultScreens.detail.frequency')}</dt>
        <dd>{t(`domain.measureFrequency.${control.frequency}`)}</dd>
      </div>
      {control.targetValue !== null ? (
        <div>
          <dt>{t('resultScreens.detail.tolerance')}</dt>
          <dd>{toleranceText(t, control, i18n.language)}</dd>
        </div>
      ) : null}
      <div>
        <dt>{t('resultScreens.detail.counting')}</dt>
        <dd>{control.aggregation ? t(`resultScreens.aggregation.${control.aggregation}`) : t('resultScreens.detail.noChecklist')}</dd>
      </div>
      {control.feedingItems.length > 0 ? (
        <div className="rs-facts__wide">
          <dt>{t('resultScreens.detail.items')}</dt>
          <dd>
            <ul className="rs-plain-list">
              {control.feedingItems.map((item) => (
                <li key={item.itemId}>
                  {item.text}{' '}
                  <span className="muted">{t('resultScreens.detail.itemSource', { template: item.templateName, version: item.version })}</span>
                </li>
              ))}
            </ul>
          </dd>
        </div>
      ) : null}
    </dl>
  );
}
