import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerValue } from '../../../../shared/checklists/answer-value';
import type { ChecklistItem } from '../../../../shared/checklists/item';
import type { Answer } from '../../../../shared/checklists/run';
import type { Envelope } from '../../../../shared/ipc/envelope';
import { confirmingNotPersonalData } from '../../api/client';
import { useRunStore, type SaveState } from '../data/run-store';
import { useAnnouncer } from './announcer';
import { answerLabel } from './answer-label';
import { sameValue, valueFromField, type StoredValue } from './answer-text';
import type { MarkState } from './SaveMark';
import { messageText } from '../../api/message-text';

export interface ItemAnswer {
  /** The value on screen: the one being saved, else the stored one. */
  shown: StoredValue | undefined;
  /** Why the last write or the typed text was refused, shown beside the item. */
  failure: string | null;
  mark: MarkState;
  store(value: AnswerValue): Promise<boolean>;
  remove(): Promise<boolean>;
  /** A number, date or text as typed: stored, cleared when emptied, refused when not a number. */
  commitText(text: string): Promise<boolean>;
  /** The typed text was taken back: its refusal goes with it. */
  revert(): void;
  saveComment(comment: string): Promise<Envelope<unknown>>;
  /** Set while the refused text may hold a personnummer: stores it once the user says it does not. */
  confirm: (() => Promise<boolean>) | null;
}

/** One item's answer in one case: every write goes to the database at once and is announced. */
export function useItemAnswer(item: ChecklistItem, caseId: string | null, answer: Answer | undefined, save: SaveState | undefined): ItemAnswer {
  const { t } = useTranslation();
  const give = useRunStore((state) => state.answer);
  const clear = useRunStore((state) => state.clear);
  const comment = useRunStore((state) => state.comment);
  const dismiss = useRunStore((state) => state.dismiss);
  const announce = useAnnouncer((state) => state.announce);
  const [localError, setLocalError] = useState<string | null>(null);

  const failure = localError ?? (save?.status === 'failed' ? save.message : null);
  const mark: MarkState = localError ? 'failed' : save ? save.status : answer ? 'saved' : 'none';
  const refused = (message: string) => announce(t('checklistScreens.run.announceFailed', { message }));

  async function store(value: AnswerValue): Promise<boolean> {
    if (!caseId) return false;
    setLocalError(null);
    const result = await give(caseId, item.id, value);
    if (result.ok) announce(t('checklistScreens.run.announceSaved', { answer: answerLabel(item, value, t) }));
    else refused(messageText(result.error));
    return result.ok;
  }

  async function remove(): Promise<boolean> {
    setLocalError(null);
    if (!caseId || !answer) return true;
    const result = await clear(caseId, item.id);
    if (result.ok) announce(t('checklistScreens.run.announceCleared'));
    else refused(messageText(result.error));
    return result.ok;
  }

  async function commitText(text: string): Promise<boolean> {
    const value = valueFromField(item, text);
    if (value === null) return remove();
    if (typeof value === 'number' && Number.isNaN(value)) {
      const message = t('checklistScreens.run.notANumber');
      setLocalError(message);
      refused(message);
      return false;
    }
    // The same text again (Enter, or leaving the field for the button) leaves the question standing.
    if (save?.status === 'failed' && save.unconfirmed !== null && sameValue(value, save.unconfirmed)) return false;
    if (sameValue(value, answer?.value) && save?.status !== 'failed') {
      setLocalError(null);
      return true;
    }
    return store(value);
  }

  async function saveComment(text: string): Promise<Envelope<unknown>> {
    const result = await comment(caseId ?? '', item.id, text);
    if (result.ok) announce(t('checklistScreens.run.announceComment'));
    return result;
  }

  const unconfirmed = save?.status === 'failed' && !localError ? save.unconfirmed : null;

  return {
    shown: save?.status === 'saving' ? (save.value ?? undefined) : answer?.value,
    failure,
    mark,
    store,
    remove,
    commitText,
    revert() {
      setLocalError(null);
      if (caseId) dismiss(caseId, item.id);
    },
    saveComment,
    confirm: unconfirmed === null ? null : () => confirmingNotPersonalData(() => store(unconfirmed)),
  };
}
