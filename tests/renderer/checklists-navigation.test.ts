import { describe, expect, it } from 'vitest';
import type { RunDetail } from '../../shared/checklists/run';
import { neighbourCase, openingTarget, stepFrom, wrapIndex } from '../../renderer/src/checklists/run/item-navigation';
import { openingCase } from '../../renderer/src/checklists/data/run-store';
import { rememberedView, viewForPlan } from '../../renderer/src/checklists/view-store';
import { defaultRunDate, todayIso } from '../../renderer/src/checklists/common/dates';
import { formatDay } from '../../renderer/src/format';

const answer = (itemId: string) => ({ itemId, value: 'yes', comment: '', answeredAt: '2026-03-31T08:00:00.000Z' });

describe('moving between the items of a case', () => {
  it('goes down the items, from the last to the next-case button and from the first up to the case reference', () => {
    expect(stepFrom(0, 1, 7)).toEqual({ kind: 'item', index: 1 });
    expect(stepFrom(5, 1, 7)).toEqual({ kind: 'item', index: 6 });
    expect(stepFrom(6, 1, 7)).toEqual({ kind: 'next' });
    expect(stepFrom(3, -1, 7)).toEqual({ kind: 'item', index: 2 });
    expect(stepFrom(0, -1, 7)).toEqual({ kind: 'ref' });
  });

  it('opens a case at its first unanswered item, a new case at its reference and a complete one at the button', () => {
    const items = ['a', 'b', 'c'];
    expect(openingTarget(items, null)).toEqual({ kind: 'ref' });
    expect(openingTarget(items, { answers: [] })).toEqual({ kind: 'item', index: 0 });
    expect(openingTarget(items, { answers: [answer('a'), answer('c')] })).toEqual({ kind: 'item', index: 1 });
    expect(openingTarget(items, { answers: items.map(answer) })).toEqual({ kind: 'next' });
  });

  it('wraps the highlighted option at both ends', () => {
    expect(wrapIndex(2, 1, 3)).toBe(0);
    expect(wrapIndex(0, -1, 3)).toBe(2);
    expect(wrapIndex(1, 1, 3)).toBe(2);
    expect(wrapIndex(0, 1, 0)).toBe(0);
  });
});

describe('moving between the cases of a run', () => {
  const cases = ['c1', 'c2', 'c3'];

  it('goes to the next case, and from the last to a new one (null)', () => {
    expect(neighbourCase(cases, 'c1', 1)).toBe('c2');
    expect(neighbourCase(cases, 'c3', 1)).toBeNull();
  });

  it('goes back from the new case to the last, and nowhere from the first or from a new case forwards', () => {
    expect(neighbourCase(cases, null, -1)).toBe('c3');
    expect(neighbourCase(cases, 'c2', -1)).toBe('c1');
    expect(neighbourCase(cases, 'c1', -1)).toBeUndefined();
    expect(neighbourCase(cases, null, 1)).toBeUndefined();
    expect(neighbourCase([], null, -1)).toBeUndefined();
    expect(neighbourCase(cases, 'gone', 1)).toBeUndefined();
  });
});

describe('where a run opens again', () => {
  const run = (cases: RunDetail['cases'], finishedAt: string | null = null) =>
    ({ finishedAt, cases, items: [{ id: 'a' }, { id: 'b' }] }) as unknown as RunDetail;
  const runCase = (id: string, answered: string[]) => ({ id, runId: 'r', position: 0, caseRef: id, createdAt: '', answers: answered.map(answer) });

  it('opens a run in progress at its last case while that case is unfinished, else at a new case', () => {
    expect(openingCase(run([]))).toBeNull();
    expect(openingCase(run([runCase('c1', ['a', 'b']), runCase('c2', ['a'])]))).toBe('c2');
    expect(openingCase(run([runCase('c1', ['a', 'b'])]))).toBeNull();
  });

  it('opens a finished run at its first case, for review', () => {
    expect(openingCase(run([runCase('c1', ['a', 'b']), runCase('c2', ['a'])], '2026-03-31T10:00:00.000Z'))).toBe('c1');
  });

  it('remembers only a run or its summary, and anything else stored opens the overview', () => {
    expect(rememberedView('run:abc')).toEqual({ name: 'run', runId: 'abc' });
    expect(rememberedView('summary:abc')).toEqual({ name: 'summary', runId: 'abc' });
    expect(rememberedView(null)).toEqual({ name: 'overview' });
    expect(rememberedView('template:abc')).toEqual({ name: 'overview' });
    expect(rememberedView('run:')).toEqual({ name: 'overview' });
  });

  it('gives way to the overview when another plan has been chosen since the view was opened', () => {
    const editing = { name: 'template', templateId: 't1' } as const;
    expect(viewForPlan(editing, 'p1', 'p1')).toBe(editing);
    expect(viewForPlan(editing, 'p1', 'p2')).toEqual({ name: 'overview' });
  });
});

describe('the date of a new run', () => {
  it('is today within the plan year, else the nearest day of that year', () => {
    const now = new Date(2026, 10, 24, 9, 30);
    expect(todayIso(now)).toBe('2026-11-24');
    expect(defaultRunDate(2026, now)).toBe('2026-11-24');
    expect(defaultRunDate(2025, now)).toBe('2025-12-31');
    expect(defaultRunDate(2027, now)).toBe('2027-01-01');
  });

  it('is shown as the same calendar day in Swedish and English', () => {
    expect(formatDay('2026-03-01', 'sv')).toBe('1 mars 2026');
    expect(formatDay('2026-03-01', 'en')).toBe('1 March 2026');
  });
});
