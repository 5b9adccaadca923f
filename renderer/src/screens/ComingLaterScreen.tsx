import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ScreenTitle } from '../components/ScreenTitle';
import { hashFor, type ComingLaterSection } from '../navigation/sections';

interface ComingLaterScreenProps {
  section: ComingLaterSection;
}

const points = ['point1', 'point2', 'point3'] as const;

/** An honest placeholder: what the section will hold, and that none of it works yet. */
export function ComingLaterScreen({ section }: ComingLaterScreenProps) {
  const { t } = useTranslation();
  const headingId = useId();

  return (
    <>
      <ScreenTitle
        lead={t(`comingLater.${section}.lead`)}
        badge={<span className="tag tag--later">{t('comingLater.badge')}</span>}
      >
        {t(`nav.${section}`)}
      </ScreenTitle>
      <section className="panel" aria-labelledby={headingId}>
        <h2 id={headingId} className="panel__title">
          {t('comingLater.plannedTitle')}
        </h2>
        <ul className="planned-list">
          {points.map((point) => (
            <li key={point}>{t(`comingLater.${section}.${point}`)}</li>
          ))}
        </ul>
        <p className="muted">{t('comingLater.notYet')}</p>
      </section>
      <p>
        {t('comingLater.meanwhile')} <a href={hashFor('qualityPlan')}>{t('comingLater.goToQualityPlan')}</a>
      </p>
    </>
  );
}
