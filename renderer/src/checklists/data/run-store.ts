import { create } from 'zustand';
import type { AnswerValue } from '../../../../shared/checklists/answer-value';
import type { Answer, AnswerAck, RunCase, RunDetail, RunSummary } from '../../../../shared/checklists/run';
import type { Envelope } from '../../../../shared/ipc/envelope';
import { request } from '../../api/client';
import type { LoadStatus } from '../../api/load-status';
import { createWriteQueue } from './write-queue';

/** While saving, the value on its way: shown at once, and taken back if the write fails. */
export type SaveState = { status: 'saving'; value: AnswerValue | null } | { status: 'saved' } | { status: 'failed'; message: string };

export const answerKey = (caseId: string, itemId: string) => `${caseId}/${itemId}`;

interface RunState {
  run: RunDetail | null;
  status: LoadStatus;
  loadError: string | null;
  /** The case on screen; null is the new case whose reference is still to be typed. */
  caseId: string | null;
  /** The state of the latest write of each answer, by answerKey. */
  saves: Record<string, SaveState>;
  load(runId: string): Promise<void>;
  showCase(caseId: string | null): void;
  addCase(caseRef: string): Promise<Envelope<RunCase>>;
  renameCase(caseId: string, caseRef: string): Promise<Envelope<unknown>>;
  removeCase(caseId: string, confirm: boolean): Promise<Envelope<unknown>>;
  answer(caseId: string, itemId: string, value: AnswerValue, comment?: string): Promise<Envelope<AnswerAck>>;
  clear(caseId: string, itemId: string): Promise<Envelope<unknown>>;
  /** Forgets a failed write once the user has taken back what was refused. */
  dismiss(caseId: string, itemId: string): void;
  /** Stores a comment with the answer already given; a refused comment leaves the answer's own state alone. */
  comment(caseId: string, itemId: string, comment: string): Promise<Envelope<unknown>>;
  /** The run's own fields after they were changed. */
  updated(summary: RunSummary): void;
}

const enqueue = createWriteQueue();
/** The number of the latest write per answer: an older write finishing late does not overwrite its state. */
const latest = new Map<string, number>();
let writes = 0;

/** Where a run opens: a finished run at its first case, one in progress at its last unfinished case or a new one. */
export function openingCase(run: RunDetail): string | null {
  if (run.finishedAt !== null) return run.cases[0]?.id ?? null;
  const last = run.cases.at(-1);
  if (!last) return null;
  return last.answers.length < run.items.length ? last.id : null;
}

function withCase(run: RunDetail, caseId: string, change: (runCase: RunCase) => RunCase): RunDetail {
  return { ...run, cases: run.cases.map((runCase) => (runCase.id === caseId ? change(runCase) : runCase)) };
}

function withAnswer(runCase: RunCase, answer: Answer): RunCase {
  const others = runCase.answers.filter((given) => given.itemId !== answer.itemId);
  return { ...runCase, answers: [...others, answer] };
}

/** The open run: its items, its cases and every answer as the database holds it. */
export const useRunStore = create<RunState>()((set, get) => {
  function setSave(key: string, write: number, state: SaveState) {
    if (latest.get(key) === write) set({ saves: { ...get().saves, [key]: state } });
  }

  return {
    run: null,
    status: 'idle',
    loadError: null,
    caseId: null,
    saves: {},

    async load(runId) {
      const same = get().run?.id === runId;
      if (!same) set({ run: null, status: 'loading', loadError: null, saves: {}, caseId: null });
      const result = await request((api) => api.runs.get({ id: runId }));
      if (!result.ok) {
        set({ status: 'failed', loadError: result.error.message });
        return;
      }
      const run = result.value;
      const kept = same && run.cases.some((runCase) => runCase.id === get().caseId);
      set({ run, status: 'ready', loadError: null, caseId: kept ? get().caseId : openingCase(run) });
    },

    showCase(caseId) {
      set({ caseId });
    },

    async addCase(caseRef) {
      const run = get().run;
      if (!run) return { ok: false, error: { code: 'NOT_FOUND', message: '' } };
      const result = await request((api) => api.runs.addCase({ runId: run.id, caseRef }));
      const current = get().run;
      if (result.ok && current?.id === run.id) {
        set({ run: { ...current, cases: [...current.cases, result.value], caseCount: current.caseCount + 1 }, caseId: result.value.id });
      }
      return result;
    },

    async renameCase(caseId, caseRef) {
      const result = await request((api) => api.runs.renameCase({ caseId, caseRef }));
      const run = get().run;
      if (result.ok && run) set({ run: withCase(run, caseId, (runCase) => ({ ...runCase, caseRef: result.value.caseRef })) });
      return result;
    },

    async removeCase(caseId, confirm) {
      const result = await request((api) => api.runs.removeCase({ caseId, confirm }));
      const run = get().run;
      if (result.ok && run) {
        const cases = run.cases.filter((runCase) => runCase.id !== caseId).map((runCase, position) => ({ ...runCase, position }));
        set({ run: { ...run, cases, caseCount: cases.length }, caseId: get().caseId === caseId ? null : get().caseId });
      }
      return result;
    },

    async answer(caseId, itemId, value, comment) {
      const key = answerKey(caseId, itemId);
      const write = ++writes;
      latest.set(key, write);
      set({ saves: { ...get().saves, [key]: { status: 'saving', value } } });
      const result = await enqueue(key, () =>
        request((api) => api.runs.answer(comment === undefined ? { caseId, itemId, value } : { caseId, itemId, value, comment })),
      );
      const run = get().run;
      if (result.ok && run) {
        const before = run.cases.find((runCase) => runCase.id === caseId)?.answers.find((given) => given.itemId === itemId);
        const stored: Answer = { itemId, value, comment: comment ?? before?.comment ?? '', answeredAt: result.value.answeredAt };
        set({ run: withCase(run, caseId, (runCase) => withAnswer(runCase, stored)) });
      }
      setSave(key, write, result.ok ? { status: 'saved' } : { status: 'failed', message: result.error.message });
      return result;
    },

    async clear(caseId, itemId) {
      const key = answerKey(caseId, itemId);
      const write = ++writes;
      latest.set(key, write);
      set({ saves: { ...get().saves, [key]: { status: 'saving', value: null } } });
      const result = await enqueue(key, () => request((api) => api.runs.clearAnswer({ caseId, itemId })));
      const run = get().run;
      if (result.ok && run) {
        set({ run: withCase(run, caseId, (runCase) => ({ ...runCase, answers: runCase.answers.filter((given) => given.itemId !== itemId) })) });
      }
      if (result.ok) {
        if (latest.get(key) === write) {
          const { [key]: _cleared, ...rest } = get().saves;
          set({ saves: rest });
        }
      } else setSave(key, write, { status: 'failed', message: result.error.message });
      return result;
    },

    dismiss(caseId, itemId) {
      const key = answerKey(caseId, itemId);
      if (get().saves[key]?.status !== 'failed') return;
      const { [key]: _dismissed, ...rest } = get().saves;
      set({ saves: rest });
    },

    async comment(caseId, itemId, comment) {
      const given = get().run?.cases.find((runCase) => runCase.id === caseId)?.answers.find((answer) => answer.itemId === itemId);
      if (!given) return { ok: false, error: { code: 'NOT_FOUND', message: '' } };
      const result = await enqueue(answerKey(caseId, itemId), () =>
        request((api) => api.runs.answer({ caseId, itemId, value: given.value, comment })),
      );
      const run = get().run;
      if (result.ok && run) {
        set({ run: withCase(run, caseId, (runCase) => withAnswer(runCase, { ...given, comment, answeredAt: result.value.answeredAt })) });
      }
      return result;
    },

    updated(summary) {
      const run = get().run;
      if (run?.id === summary.id) set({ run: { ...run, ...summary } });
    },
  };
});
