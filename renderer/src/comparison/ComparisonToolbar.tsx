import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useComparisonView } from './view-store';

interface Props {
  year: number;
  years: readonly number[];
  qualityAreas: readonly string[];
}

/** Which year is compared, and whether only one quality area counts. */
export function ComparisonToolbar({ year, years, qualityAreas }: Props) {
  const { t } = useTranslation();
  const yearId = useId();
  const areaId = useId();
  const area = useComparisonView((state) => state.qualityArea);
  const { chooseYear, chooseArea } = useComparisonView.getState();
  // The chosen area stays offered in a year whose plans lack it, so the choice is visible and can be undone.
  const areas = area && !qualityAreas.some((name) => name.toLowerCase() === area.toLowerCase()) ? [...qualityAreas, area] : qualityAreas;

  return (
    <div className="card cmp-toolbar">
      <div className="cmp-field">
        <label htmlFor={yearId}>{t('comparison.year')}</label>
        <select id={yearId} value={year} onChange={(event) => chooseYear(Number(event.target.value))}>
          {years.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      </div>
      <div className="cmp-field cmp-field--wide">
        <label htmlFor={areaId}>{t('comparison.qualityArea')}</label>
        <select id={areaId} value={area} onChange={(event) => chooseArea(event.target.value)}>
          <option value="">{t('comparison.allAreas')}</option>
          {areas.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
