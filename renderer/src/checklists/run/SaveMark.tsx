import { useTranslation } from 'react-i18next';

export type MarkState = 'none' | 'saving' | 'saved' | 'failed';

/** The small sign beside each item: only an answer the database has confirmed gets the tick. */
export function SaveMark({ state, id }: { state: MarkState; id: string }) {
  const { t } = useTranslation();
  return (
    <span id={id} className={`cl-mark cl-mark--${state}`}>
      {state === 'saved' ? (
        <>
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
            <path d="M3 8.5l3.2 3L13 4.5" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          {t('checklistScreens.run.mark.saved')}
        </>
      ) : state === 'saving' ? (
        t('checklistScreens.run.mark.saving')
      ) : state === 'failed' ? (
        t('checklistScreens.run.mark.failed')
      ) : (
        <span className="visually-hidden">{t('checklistScreens.run.mark.none')}</span>
      )}
    </span>
  );
}
