import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, XAxis, YAxis } from 'recharts';
import type { ControlResults } from '../../../shared/results/control-results';
import { valueDomain, valueTick } from './chart-axis';
import { STATUS_COLORS } from './status-look';
import { StatusBadge } from './StatusBadge';
import { formatFigure, formatSetValue } from '../format';
import { unitOf } from './unit-of';
import { Section } from '../components/Section';

/** The whole year's figure this year and in the unit's earlier years: as bars, and as a table that says the same. */
export function YearsChart({ control }: { control: ControlResults }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const unit = unitOf(control);
  const figure = (value: number) => formatFigure(value, unit, language);
  const data = control.years.map((year) => ({ label: String(year.year), value: year.value, status: year.status }));
  const measured = data.filter((year) => year.value !== null);

  return (
    <Section className="rs-section" titleClassName="rs-section__title" level={3} title={t('resultScreens.years.title')}>
      <p className="muted">{t('resultScreens.years.lead')}</p>
      <div className="rs-years">
        {measured.length > 0 ? (
          <div className="rs-years__chart" aria-hidden="true">
            <BarChart responsive accessibilityLayer={false} data={data} margin={{ top: 24, right: 88, bottom: 4, left: 4 }} style={{ width: '100%', height: 200 }}>
              <CartesianGrid stroke="#e3e7ec" vertical={false} />
              <XAxis dataKey="label" tick={{ fill: '#1b2430', fontSize: 13 }} tickLine={false} axisLine={{ stroke: '#6b7683' }} />
              <YAxis domain={valueDomain(unit)} tickFormatter={valueTick(unit, language)} tick={{ fill: '#1b2430', fontSize: 13 }} width={64} axisLine={false} tickLine={false} />
              {control.targetValue !== null ? (
                <ReferenceLine
                  y={control.targetValue}
                  stroke="#1b2430"
                  strokeDasharray="6 4"
                  ifOverflow="extendDomain"
                  label={{ value: t('resultScreens.chart.targetLine', { value: formatSetValue(control.targetValue, unit, language) }), position: 'right', fill: '#1b2430', fontSize: 13 }}
                />
              ) : null}
              <Bar dataKey="value" maxBarSize={56} isAnimationActive={false}>
                {data.map((year) => (
                  <Cell key={year.label} fill={year.status === 'none' ? '#6b7683' : STATUS_COLORS[year.status]} />
                ))}
                <LabelList dataKey="value" position="top" formatter={(value) => (typeof value === 'number' ? figure(value) : '')} fill="#1b2430" fontSize={13} />
              </Bar>
            </BarChart>
          </div>
        ) : null}
        <table className="table rs-small-table">
          <caption className="visually-hidden">{t('resultScreens.years.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('resultScreens.years.year')}</th>
              <th scope="col">{t('resultScreens.years.value')}</th>
              <th scope="col">{t('resultScreens.years.status')}</th>
            </tr>
          </thead>
          <tbody>
            {control.years.map((year) => (
              <tr key={year.year}>
                <th scope="row">{year.year}</th>
                <td className="rs-num">{year.value === null ? <span className="muted">{t('resultScreens.table.noValue')}</span> : figure(year.value)}</td>
                <td>
                  <StatusBadge status={year.status} hasTarget={control.targetValue !== null} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Section>
  );
}
