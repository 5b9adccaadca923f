import { useTranslation } from 'react-i18next';
import { useChecklistView } from '../view-store';

/** A checklist, run or summary that could not be read: why, and the way back to the overview. */
export function LoadFailed({ message }: { message: string }) {
  const { t } = useTranslation();
  const show = useChecklistView((state) => state.show);
  return (
    <div className="notice notice--error" role="alert">
      <p>{message}</p>
      <button type="button" className="button" onClick={() => show({ name: 'overview' })}>
        {t('checklistScreens.common.backToOverview')}
      </button>
    </div>
  );
}

export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('checklistScreens.common.loading')}
    </p>
  );
}
