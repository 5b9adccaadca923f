import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, ReferenceArea, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { ControlResults } from '../../../shared/results/control-results';
import type { ResultStatus } from '../../../shared/results/status';
import { valueDomain, valueTick } from './chart-axis';
import { periodLabel, periodShortLabel } from './period-labels';
import { statusText } from './status-look';
import { StatusMark } from './StatusMark';
import { trendSummary } from './trend-summary';
import { formatFigure, formatSetValue } from '../format';
import { unitOf } from './unit-of';
import { Section } from '../components/Section';

interface Point {
  label: string;
  name: string;
  value: number | null;
  status: ResultStatus;
}

/** The control's figure period by period through the plan's year, against its target and tolerance. */
export function TrendChart({ control, year }: { control: ControlResults; year: number }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const unit = unitOf(control);
  const data: Point[] = control.periods.map((result) => ({
    label: periodShortLabel(t, result.period),
    name: periodLabel(t, result.period),
    value: result.value,
    status: result.status,
  }));
  const summary = trendSummary(control.periods);
  const target = control.targetValue;
  const limit = target === null ? null : control.targetDirection === 'at_least' ? target - control.tolerance : target + control.tolerance;
  const figure = (value: number) => formatFigure(value, unit, language);

  return (
    <Section className="rs-section" titleClassName="rs-section__title" level={3} title={<>{t('resultScreens.chart.title', { year, kind: t(`resultScreens.chart.per.${control.periodKind}`) })}</>}>
      {summary ? (
        <p className="rs-chart-summary">
          {t(target === null ? 'resultScreens.chart.summaryNoTarget' : 'resultScreens.chart.summary', {
            measured: summary.measured,
            total: control.periods.length,
            green: summary.green,
            highest: figure(summary.highest.value!),
            highestPeriod: periodLabel(t, summary.highest.period, true),
            lowest: figure(summary.lowest.value!),
            lowestPeriod: periodLabel(t, summary.lowest.period, true),
          })}{' '}
          {t('resultScreens.chart.sameAsTable')}
        </p>
      ) : (
        <p className="muted">{t('resultScreens.chart.empty')}</p>
      )}
      {summary ? (
        <div className="rs-chart" aria-hidden="true">
          <LineChart responsive accessibilityLayer={false} data={data} margin={{ top: 16, right: 96, bottom: 4, left: 4 }} style={{ width: '100%', height: 260 }}>
            <CartesianGrid stroke="#e3e7ec" vertical={false} />
            <XAxis dataKey="label" interval={0} tick={{ fill: '#1b2430', fontSize: 13 }} tickLine={false} axisLine={{ stroke: '#6b7683' }} />
            <YAxis domain={valueDomain(unit)} tickFormatter={valueTick(unit, language)} tick={{ fill: '#1b2430', fontSize: 13 }} width={64} axisLine={false} tickLine={false} />
            {target !== null && limit !== null && control.tolerance > 0 ? (
              <ReferenceArea y1={Math.min(target, limit)} y2={Math.max(target, limit)} fill="#f2c230" fillOpacity={0.14} ifOverflow="extendDomain" />
            ) : null}
            {target !== null ? (
              <ReferenceLine
                y={target}
                stroke="#1b2430"
                strokeDasharray="6 4"
                ifOverflow="extendDomain"
                label={{ value: t('resultScreens.chart.targetLine', { value: formatSetValue(target, unit, language) }), position: 'right', fill: '#1b2430', fontSize: 13 }}
              />
            ) : null}
            <Tooltip
              separator=": "
              formatter={(value, _name, item) => [
                typeof value === 'number' ? `${figure(value)} – ${statusText(t, (item.payload as Point).status, target !== null)}` : '',
                t('resultScreens.chart.value'),
              ]}
              labelFormatter={(_label, payload) => (payload[0]?.payload as Point | undefined)?.name ?? ''}
            />
            <Line
              type="linear"
              dataKey="value"
              stroke="#0b5394"
              strokeWidth={2.5}
              isAnimationActive={false}
              connectNulls={false}
              dot={(props) => <StatusMark key={props.index} cx={props.cx} cy={props.cy} status={(props.payload as Point).status} />}
              activeDot={false}
            />
          </LineChart>
        </div>
      ) : null}
    </Section>
  );
}
