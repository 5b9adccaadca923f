import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, XAxis, YAxis } from 'recharts';
import type { PeriodCompilation } from '../../../../shared/reports/compilation';
import { REPORT_KINDS } from '../../../../shared/reports/kinds';
import { Section } from '../../components/Section';
import { periodShortLabel } from '../../results/period-labels';

/** Colours that tell the kinds apart and hold 3:1 against white. */
const KIND_COLORS = { avvikelse: '#0b5394', klagomal: '#a12a2f', synpunkt: '#1b6535', lex_sarah: '#6a4a00', tillsyn: '#5b3a8c' } as const;

/** The year's periods side by side, each a stack of its kinds; the tables below say the same in figures. */
export function SummaryChart({ periods }: { periods: PeriodCompilation[] }) {
  const { t } = useTranslation();
  const data = periods.map((period) => ({
    label: periodShortLabel(t, period.period),
    ...Object.fromEntries(period.byKind.map((row) => [row.kind, row.received.count])),
  }));
  return (
    <Section className="panel rp-chart" titleClassName="panel__title" level={3} title={t('reportScreens.summary.chartTitle')}>
      <div aria-hidden="true" className="rp-chart__box">
        <BarChart responsive accessibilityLayer={false} data={data} margin={{ top: 8, right: 16, bottom: 4, left: 4 }} style={{ width: '100%', height: 240 }}>
          <CartesianGrid stroke="#e3e7ec" vertical={false} />
          <XAxis dataKey="label" tick={{ fill: '#1b2430', fontSize: 13 }} tickLine={false} axisLine={{ stroke: '#6b7683' }} />
          <YAxis allowDecimals={false} tick={{ fill: '#1b2430', fontSize: 13 }} width={40} axisLine={false} tickLine={false} />
          <Legend wrapperStyle={{ fontSize: 13 }} />
          {REPORT_KINDS.map((kind) => (
            <Bar key={kind} dataKey={kind} name={t(`reportScreens.kindPlural.${kind}`)} stackId="kinds" fill={KIND_COLORS[kind]} isAnimationActive={false} />
          ))}
        </BarChart>
      </div>
    </Section>
  );
}
