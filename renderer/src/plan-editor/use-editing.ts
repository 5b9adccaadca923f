import { usePlanDetail } from '../plans/plan-detail';
import { useUserName } from '../user-name/user-name-store';

export interface EditingState {
  /** Adopted or archived: every edit is refused until the plan is reopened. */
  locked: boolean;
  /** No name on this computer yet: the server refuses edits it cannot sign. */
  needsName: boolean;
  canEdit: boolean;
}

export function useEditing(): EditingState {
  const status = usePlanDetail((state) => state.detail?.status ?? 'draft');
  const userName = useUserName((state) => state.userName);
  const nameStatus = useUserName((state) => state.status);
  const locked = status !== 'draft';
  return { locked, needsName: nameStatus === 'ready' && userName === null, canEdit: !locked && userName !== null };
}
