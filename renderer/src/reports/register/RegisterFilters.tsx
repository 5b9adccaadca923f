import { useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanDetail } from '../../../../shared/domain/plan-detail';
import type { ReportKind, ReportStatus } from '../../../../shared/reports/kinds';
import type { ReportFilter } from '../../../../shared/reports/report';
import { SelectField } from '../../components/fields';
import { Section } from '../../components/Section';
import { useReportsData } from '../data-store';
import { kindOptions, processOptions, statusOptions } from '../options';
import { useReportsView } from '../view-store';

const isDay = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text);

/** Kind, category, status, process, kvalitetsområde, period, past the limit and words in the texts. */
export function RegisterFilters({ plan, searchRef }: { plan: PlanDetail; searchRef: Ref<HTMLInputElement> }) {
  const { t } = useTranslation();
  const filter = useReportsView((state) => state.filter);
  const setFilter = useReportsView((state) => state.setFilter);
  const categories = useReportsData((state) => state.categories);
  // Dates and words are applied once they make sense, so half a date typed is no failed load.
  const [from, setFrom] = useState(filter.from ?? '');
  const [to, setTo] = useState(filter.to ?? '');
  const [search, setSearch] = useState(filter.search ?? '');
  const all = { value: '', label: t('reportScreens.filters.all') };

  function change(patch: Partial<ReportFilter>) {
    const next: ReportFilter = { ...filter, ...patch };
    for (const key of Object.keys(next) as (keyof ReportFilter)[]) if (next[key] === undefined || next[key] === '' || next[key] === false) delete next[key];
    setFilter(next);
  }

  function changeKind(kind: ReportKind | undefined) {
    const category = categories.find((candidate) => candidate.id === filter.categoryId);
    change({ kind, categoryId: category && kind && category.kind !== kind ? undefined : filter.categoryId });
  }

  function clear() {
    setFrom('');
    setTo('');
    setSearch('');
    setFilter({});
  }

  const active = Object.keys(filter).length;

  return (
    <Section className="rp-filters" titleClassName="rp-filters__title" level={2} title={t('reportScreens.filters.title')}>
      <div className="rp-filters__grid">
        <div className="field rp-filters__search">
          <label htmlFor="rp-search">{t('reportScreens.filters.search')}</label>
          <input
            ref={searchRef}
            id="rp-search"
            type="search"
            autoComplete="off"
            aria-keyshortcuts="Alt+S"
            value={search}
            onChange={(event) => {
              setSearch(event.target.value);
              change({ search: event.target.value.trim() || undefined });
            }}
          />
        </div>
        <SelectField label={t('reportScreens.filters.kind')} value={filter.kind ?? ''} options={[all, ...kindOptions(t)]} onChange={(value) => changeKind((value || undefined) as ReportKind | undefined)} />
        <SelectField
          label={t('reportScreens.filters.category')}
          value={filter.categoryId ?? ''}
          options={[all, ...categories.filter((category) => !filter.kind || category.kind === filter.kind).map((category) => ({ value: category.id, label: filter.kind ? category.name : `${category.name} (${t(`reportScreens.kind.${category.kind}`)})` }))]}
          onChange={(value) => change({ categoryId: value || undefined })}
        />
        <SelectField label={t('reportScreens.filters.status')} value={filter.status ?? ''} options={[all, ...statusOptions(t)]} onChange={(value) => change({ status: (value || undefined) as ReportStatus | undefined })} />
        <SelectField label={t('reportScreens.filters.process')} value={filter.processId ?? ''} options={[all, ...processOptions(plan)]} onChange={(value) => change({ processId: value || undefined })} />
        <SelectField
          label={t('reportScreens.filters.area')}
          value={filter.qualityAreaId ?? ''}
          options={[all, ...plan.qualityAreas.map((area) => ({ value: area.id, label: area.name }))]}
          onChange={(value) => change({ qualityAreaId: value || undefined })}
        />
        <DayFilter id="rp-from" label={t('reportScreens.filters.from')} value={from} onChange={(value) => { setFrom(value); if (value === '' || isDay(value)) change({ from: value || undefined }); }} />
        <DayFilter id="rp-to" label={t('reportScreens.filters.to')} value={to} onChange={(value) => { setTo(value); if (value === '' || isDay(value)) change({ to: value || undefined }); }} />
      </div>
      <div className="rp-filters__foot">
        <label className="rp-check">
          <input type="checkbox" checked={filter.overdue === true} onChange={(event) => change({ overdue: event.target.checked || undefined })} />
          {t('reportScreens.filters.overdue')}
        </label>
        {active > 0 ? (
          <button type="button" className="button button--small button--quiet" onClick={clear}>
            {t('reportScreens.filters.clear')}
          </button>
        ) : null}
      </div>
    </Section>
  );
}

function DayFilter({ id, label, value, onChange }: { id: string; label: string; value: string; onChange(value: string): void }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="text" inputMode="numeric" autoComplete="off" className="pe-date" value={value} onChange={(event) => onChange(event.target.value.trim())} />
    </div>
  );
}
