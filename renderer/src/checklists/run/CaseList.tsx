import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { RunDetail } from '../../../../shared/checklists/run';
import { Section } from '../../components/Section';

interface CaseListProps {
  run: RunDetail;
  currentId: string | null;
  onShow(caseId: string | null): void;
}

/** The cases so far, each reachable to correct an answer, and the way to a new case. */
export function CaseList({ run, currentId, onShow }: CaseListProps) {
  const { t } = useTranslation();
  const list = useRef<HTMLOListElement>(null);
  const itemCount = run.items.length;

  useEffect(() => {
    list.current?.querySelector('[aria-current="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [currentId, run.cases.length]);

  return (
    <Section className="cl-side-box" titleClassName="cl-side-box__title" level={3} title={<>{t('checklistScreens.run.casesTitle', { count: run.cases.length })}</>}>
      {run.cases.length > 0 ? (
        <ol ref={list} className="cl-case-list">
          {run.cases.map((runCase, index) => {
            const complete = runCase.answers.length >= itemCount;
            return (
              <li key={runCase.id}>
                <button
                  type="button"
                  className="cl-case-link"
                  aria-current={runCase.id === currentId ? 'true' : undefined}
                  aria-label={t('checklistScreens.run.caseLinkAria', {
                    number: index + 1,
                    ref: runCase.caseRef,
                    answered: runCase.answers.length,
                    count: itemCount,
                  })}
                  onClick={() => onShow(runCase.id)}
                >
                  {/* Spaced words, all of them in the name, so a speech user can say what is shown. */}
                  <span className="cl-case-link__number">{index + 1}</span>{' '}
                  <span className="cl-case-link__ref">{runCase.caseRef}</span>{' '}
                  <span className={complete ? 'cl-case-link__count cl-case-link__count--done' : 'cl-case-link__count'}>
                    {t('checklistScreens.run.caseLinkCount', { answered: runCase.answers.length, count: itemCount })}
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      ) : (
        <p className="cl-side-box__empty">{t('checklistScreens.run.noCases')}</p>
      )}
      <button type="button" className="button button--small cl-case-new" aria-current={currentId === null ? 'true' : undefined} onClick={() => onShow(null)}>
        {t('checklistScreens.run.newCase')}
      </button>
    </Section>
  );
}
