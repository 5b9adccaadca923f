import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Envelope } from '../../../../shared/ipc/envelope';
import { SelectField, type SelectGroup } from '../../components/fields';
import { FormError } from '../../components/FormError';
import { useSubmit } from '../../hooks/use-submit';
import { hashFor } from '../../navigation/sections';
import { openPlanProcesses } from './plan-parts';

interface LinkedItemProps {
  text: string;
  /** Facts shown before the way to the plan, each its own list item. */
  facts?: ReactNode;
  unlinkLabel: string;
  onUnlink(): void;
  dataAction?: string;
}

/** A risk or action linked to the report: its text, facts, the way to it in the plan and the button that unlinks it. */
export function LinkedItem({ text, facts, unlinkLabel, onUnlink, dataAction }: LinkedItemProps) {
  const { t } = useTranslation();
  return (
    <li className="rp-link-item" data-action={dataAction}>
      <p className="rp-link-item__text">{text}</p>
      <ul className="pe-facts">
        {facts}
        <li>
          <a href={hashFor('qualityPlan')} onClick={openPlanProcesses}>
            {t('reportScreens.actions.showInPlan')}
          </a>
        </li>
        <li>
          <button type="button" className="button button--small button--quiet" aria-label={unlinkLabel} onClick={onUnlink}>
            {t('reportScreens.actions.unlink')}
          </button>
        </li>
      </ul>
    </li>
  );
}

interface LinkChooserProps {
  label: string;
  noneLabel: string;
  submitLabel: string;
  groups: ReadonlyArray<SelectGroup<string>>;
  errorId: string;
  link(id: string): Promise<Envelope<unknown>>;
}

/** Links one of the plan's risks or actions, chosen under its heading, to the report. */
export function LinkChooser({ label, noneLabel, submitLabel, groups, errorId, link }: LinkChooserProps) {
  const [chosen, setChosen] = useState('');
  const linking = useSubmit(() => setChosen(''));
  return (
    <form
      className="inline-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (chosen) void linking.run(() => link(chosen));
      }}
    >
      <div className="inline-form__row rp-link-row">
        <SelectField label={label} value={chosen} options={[{ value: '', label: noneLabel }]} groups={groups} onChange={setChosen} />
        <button type="submit" className="button">
          {submitLabel}
        </button>
      </div>
      <FormError id={errorId} message={linking.error} />
    </form>
  );
}
