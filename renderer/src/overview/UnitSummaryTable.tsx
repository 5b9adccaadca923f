import { useTranslation } from 'react-i18next';
import { usePlans } from '../plans/plans';
import { useUnits } from '../plans/units';
import { Panel } from '../components/Panel';

/** A short who-has-what: every unit with the years it has plans for. */
export function UnitSummaryTable() {
  const { t } = useTranslation();
  const units = useUnits((state) => state.units);
  const plans = usePlans((state) => state.plans);

  if (units.length === 0) return null;
  return (
    <Panel title={t('overview.unitsTitle')}>
      <table className="table table--plain summary-table">
        <thead>
          <tr>
            <th scope="col">{t('overview.unitColumn')}</th>
            <th scope="col">{t('overview.plansColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {units.map((unit) => {
            const unitPlans = plans.filter((plan) => plan.unitId === unit.id);
            return (
              <tr key={unit.id}>
                <th scope="row">{unit.name}</th>
                <td>
                  {unitPlans.length === 0 ? (
                    <span className="muted">{t('overview.noPlansYet')}</span>
                  ) : (
                    <ul className="plain-list">
                      {unitPlans.map((plan) => (
                        <li key={plan.id}>{plan.title}</li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </Panel>
  );
}
