import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RunCase, RunDetail } from '../../../../shared/checklists/run';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { answerKey, useRunStore } from '../data/run-store';
import { CaseRefField } from './CaseRefField';
import { openingTarget, stepFrom, type FocusTarget } from './item-navigation';
import { caseKeyCommand } from './keys';
import { RunItem } from './RunItem';

interface CaseViewProps {
  run: RunDetail;
  runCase: RunCase | null;
  /** The case's number in the run, counting from 1; a new case gets the next number. */
  number: number;
  onNextCase(): void;
  onPreviousCase(): void;
}

/** One case: its reference on top, then its items; the focus walks down them and on to the next case. */
export function CaseView({ run, runCase, number, onNextCase, onPreviousCase }: CaseViewProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const saves = useRunStore((state) => state.saves);
  const removeCase = useRunStore((state) => state.removeCase);
  const refField = useRef<HTMLInputElement>(null);
  const nextButton = useRef<HTMLButtonElement>(null);
  const targets = useRef<Array<HTMLElement | null>>([]);
  const opened = useRef(false);
  const [removing, setRemoving] = useState(false);
  const itemCount = run.items.length;

  const focusTarget = useCallback((target: FocusTarget) => {
    const element = target.kind === 'ref' ? refField.current : target.kind === 'next' ? nextButton.current : targets.current[target.index];
    element?.focus();
    element?.scrollIntoView({ block: 'nearest' });
  }, []);

  useEffect(() => {
    if (opened.current) return;
    opened.current = true;
    focusTarget(openingTarget(run.items.map((item) => item.id), runCase));
  }, [focusTarget, run.items, runCase]);

  const register = useCallback((index: number, element: HTMLElement | null) => {
    targets.current[index] = element;
  }, []);
  const step = useCallback((index: number, direction: 1 | -1) => focusTarget(stepFrom(index, direction, itemCount)), [focusTarget, itemCount]);

  function buttonKeys(event: KeyboardEvent<HTMLButtonElement>) {
    const command = caseKeyCommand(event);
    if (command) {
      event.preventDefault();
      if (command.type === 'previousCase') onPreviousCase();
      else onNextCase();
    } else if (event.key === 'ArrowUp' || (event.key === 'Tab' && event.shiftKey)) {
      event.preventDefault();
      focusTarget(itemCount > 0 ? { kind: 'item', index: itemCount - 1 } : { kind: 'ref' });
    }
  }

  const answers = new Map(runCase?.answers.map((answer) => [answer.itemId, answer]));

  return (
    <section className="card cl-case" aria-labelledby={titleId}>
      <div className="cl-case__head">
        <h3 id={titleId} className="cl-case__title">
          {runCase ? t('checklistScreens.run.caseTitle', { number, count: run.cases.length }) : t('checklistScreens.run.newCaseTitle', { number })}
        </h3>
        {runCase ? (
          <button type="button" className="button button--small button--quiet cl-case__remove" onClick={() => setRemoving(true)}>
            {t('checklistScreens.run.removeCase')}
          </button>
        ) : null}
      </div>
      <CaseRefField
        runCase={runCase}
        inputRef={refField}
        onDone={() => focusTarget({ kind: 'item', index: 0 })}
        onNextCase={onNextCase}
        onPreviousCase={onPreviousCase}
      />
      {runCase ? null : <p className="cl-case__waiting">{t('checklistScreens.run.startHint')}</p>}
      <ol className={runCase ? 'cl-items' : 'cl-items cl-items--waiting'} inert={!runCase} aria-label={t('checklistScreens.run.itemsLabel')}>
        {run.items.map((item, index) => (
          <RunItem
            key={item.id}
            item={item}
            index={index}
            caseId={runCase?.id ?? null}
            answer={answers.get(item.id)}
            save={runCase ? saves[answerKey(runCase.id, item.id)] : undefined}
            register={register}
            onStep={step}
            onNextCase={onNextCase}
            onPreviousCase={onPreviousCase}
          />
        ))}
      </ol>
      <div className="cl-case__foot">
        <button ref={nextButton} type="button" className="button button--primary cl-next" disabled={!runCase} onClick={onNextCase} onKeyDown={buttonKeys}>
          {t('checklistScreens.run.nextCase')}
          <kbd className="cl-key cl-key--on-primary">{t('checklistScreens.keys.nextCase')}</kbd>
        </button>
        {runCase ? (
          <p className="cl-case__progress">{t('checklistScreens.run.caseProgress', { answered: runCase.answers.length, count: itemCount })}</p>
        ) : null}
      </div>
      {removing && runCase ? (
        <ConfirmDialog
          title={t('checklistScreens.run.removeCaseTitle', { ref: runCase.caseRef })}
          confirmLabel={t('checklistScreens.run.removeCaseConfirm')}
          destructive
          onConfirm={() => removeCase(runCase.id, true)}
          onClose={() => setRemoving(false)}
        >
          <p>{t('checklistScreens.run.removeCaseBody', { count: runCase.answers.length })}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
