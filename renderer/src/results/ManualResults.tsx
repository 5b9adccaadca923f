import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ControlResults } from '../../../shared/results/control-results';
import type { ManualResult } from '../../../shared/results/manual';
import { periodOf } from '../../../shared/results/periods';
import { request } from '../api/client';
import { UserNamePanel } from '../user-name/UserNamePanel';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { usePlanDetail } from '../plans/plan-detail';
import { useUserName } from '../user-name/user-name-store';
import { useResultsData } from './data-store';
import { ManualEditForm } from './ManualEditForm';
import { ManualForm } from './ManualForm';
import { ManualItem } from './ManualItem';
import { periodLabel } from './period-labels';
import { localToday } from './today';
import { useRemote } from '../api/use-remote';
import { unitOf } from './unit-of';
import { Section } from '../components/Section';

type Mode = { kind: 'create'; today: string } | { kind: 'edit'; manual: ManualResult } | { kind: 'remove'; manual: ManualResult } | null;

/**
 * Results measured outside the app, one per period: a figure replaces the one counted from
 * the checklists for that period, an analysis alone sits beside it.
 */
export function ManualResults({ control, year }: { control: ControlResults; year: number }) {
  const { t } = useTranslation();
  const revision = useResultsData((state) => state.revision);
  const userName = useUserName((state) => state.userName);
  const archived = usePlanDetail((state) => state.detail?.id === control.planId && state.detail.status === 'archived');
  const [mode, setMode] = useState<Mode>(null);
  const remote = useRemote<ManualResult[]>(`${control.controlId}|${revision}`, (api) => api.results.manualList({ controlId: control.controlId }));
  const list = remote.value?.filter((manual) => manual.controlId === control.controlId) ?? [];
  const canWrite = !archived && userName !== null;
  const unit = unitOf(control);
  const reload = () => void useResultsData.getState().reload();
  const close = () => setMode(null);

  return (
    <Section className="rs-section" titleClassName="rs-section__title" level={3} title={t('resultScreens.manual.title')}>
      <p className="muted rs-measure">{t('resultScreens.manual.lead')}</p>
      {archived ? <p className="notice notice--info">{t('resultScreens.manual.archived')}</p> : null}
      {!archived && userName === null ? <UserNamePanel /> : null}
      {remote.error ? (
        <p className="form-error" role="alert">
          {remote.error}
        </p>
      ) : null}
      {list.length > 0 ? (
        <ul className="rs-manual-list">
          {list.map((manual) =>
            mode?.kind === 'edit' && mode.manual.id === manual.id ? (
              <li key={manual.id} className="rs-manual rs-manual--editing">
                <ManualEditForm manual={manual} unit={unit} onSaved={reload} onClose={close} />
              </li>
            ) : (
              <ManualItem
                key={manual.id}
                manual={manual}
                unit={unit}
                canWrite={canWrite}
                onEdit={() => setMode({ kind: 'edit', manual })}
                onRemove={() => setMode({ kind: 'remove', manual })}
              />
            ),
          )}
        </ul>
      ) : remote.current ? (
        <p className="muted">{t('resultScreens.manual.none')}</p>
      ) : null}
      {mode?.kind === 'create' ? (
        <ManualForm control={control} year={year} today={mode.today} taken={list} onSaved={reload} onClose={close} />
      ) : canWrite ? (
        <button type="button" className="button" onClick={() => setMode({ kind: 'create', today: localToday() })}>
          {t('resultScreens.manual.add')}
        </button>
      ) : null}
      {mode?.kind === 'remove' ? (
        <ConfirmDialog
          title={t('resultScreens.manual.removeTitle', { period: periodLabel(t, periodOf(mode.manual.periodStart, mode.manual.periodKind), true) })}
          confirmLabel={t('resultScreens.manual.removeConfirm')}
          destructive
          onConfirm={() => request((api) => api.results.manualRemove({ id: mode.manual.id }))}
          onClose={(removed) => {
            close();
            if (removed) reload();
          }}
        >
          <p>{t('resultScreens.manual.removeBody')}</p>
        </ConfirmDialog>
      ) : null}
    </Section>
  );
}
