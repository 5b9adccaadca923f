import { describe, expect, it } from 'vitest';
import type { ChecklistItem } from '../../shared/checklists/item';
import { blankDraft, draftOf, itemsOf, moveDraft, planItemSave, withKind } from '../../renderer/src/checklists/editor/item-draft';

const item = (id: string, fields: Partial<ChecklistItem>): ChecklistItem => ({
  id,
  versionId: 'v1',
  position: 0,
  kind: 'yes_no_na',
  text: 'Finns en utredningsplan?',
  help: '',
  unit: '',
  min: null,
  max: null,
  choices: [],
  deviationText: 'saknar utredningsplan',
  controlId: null,
  aggregation: null,
  limitValue: null,
  ...fields,
});

const stored = [
  item('i1', { controlId: 'c1', aggregation: 'share_yes' }),
  item('i2', { kind: 'number', text: 'Dagar för förhandsbedömningen', unit: 'dagar', min: 0, max: 365, deviationText: 'tog mer än 14 dagar', aggregation: 'share_within', limitValue: 14.5 }),
  item('i3', { kind: 'single_choice', text: 'Vad blev beslutet?', choices: ['Inleds', 'Inleds inte'], deviationText: '' }),
];

function saveOf(drafts: ReturnType<typeof draftOf>[]) {
  const parsed = itemsOf(drafts);
  if (!parsed.ok) throw new Error('unparsed');
  return planItemSave(stored, drafts, parsed.items);
}

describe('saving the items of a checklist', () => {
  it('saves nothing when nothing changed, the numbers written back in Swedish form', () => {
    const drafts = stored.map(draftOf);
    expect(drafts[1]?.limitValue).toBe('14,5');
    expect(saveOf(drafts)).toEqual({ kind: 'none' });
  });

  it('only relinks when only the control, the way of counting or the limit changed, so no new version is made', () => {
    const drafts = stored.map(draftOf);
    drafts[0] = { ...drafts[0]!, controlId: 'c2' };
    drafts[1] = { ...drafts[1]!, limitValue: '21' };
    expect(saveOf(drafts)).toEqual({
      kind: 'links',
      links: [
        { itemId: 'i1', controlId: 'c2', aggregation: 'share_yes', limitValue: null },
        { itemId: 'i2', controlId: null, aggregation: 'share_within', limitValue: 21 },
      ],
    });
  });

  it('replaces the items when what is asked changed: a text, a choice, the order, an added or removed item', () => {
    const drafts = stored.map(draftOf);
    expect(saveOf(drafts.map((draft, index) => (index === 0 ? { ...draft, text: 'Finns en plan?' } : draft)))).toEqual({ kind: 'items' });
    expect(saveOf(drafts.map((draft, index) => (index === 2 ? { ...draft, choices: 'Inleds\nInleds inte\nÖverlämnas' } : draft)))).toEqual({ kind: 'items' });
    expect(saveOf(moveDraft(drafts, 0, 1))).toEqual({ kind: 'items' });
    expect(saveOf([...drafts, blankDraft()].map((draft) => ({ ...draft, text: draft.text || 'Ny fråga' })))).toEqual({ kind: 'items' });
    expect(saveOf(drafts.slice(1))).toEqual({ kind: 'items' });
  });

  it('refuses a bound or limit that is not a number and names the item', () => {
    const drafts = stored.map(draftOf);
    drafts[1] = { ...drafts[1]!, max: 'ett år' };
    expect(itemsOf(drafts)).toEqual({ ok: false, problem: { index: 1, field: 'max', text: 'ett år' } });
  });

  it('drops what does not fit the kind: choices one per line, blank lines left out', () => {
    const choice = { ...blankDraft('single_choice'), text: 'Vem?', choices: 'Barnet\n\n  Skola  \n' };
    const parsed = itemsOf([choice]);
    expect(parsed.ok && parsed.items[0]?.choices).toEqual(['Barnet', 'Skola']);
  });
});

describe('changing the kind of an item', () => {
  it('keeps a link the new kind can feed and drops one it cannot', () => {
    const linked = { ...blankDraft('yes_no_na'), controlId: 'c1', aggregation: 'share_yes' as const };
    expect(withKind(linked, 'number')).toMatchObject({ kind: 'number', controlId: 'c1', aggregation: 'median' });
    expect(withKind(linked, 'date')).toMatchObject({ kind: 'date', controlId: '', aggregation: '', limitValue: '' });
    expect(withKind(blankDraft('number'), 'yes_no_na')).toMatchObject({ controlId: '', aggregation: '' });
  });
});

describe('moving an item', () => {
  it('swaps it with its neighbour and stays put at the ends', () => {
    expect(moveDraft(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveDraft(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveDraft(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveDraft(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});
