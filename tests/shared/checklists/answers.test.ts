import { describe, expect, it } from 'vitest';
import { checkAnswer } from '../../../shared/checklists/answer-value';
import { deviationMessage } from '../../../shared/checklists/report';
import { STARTER_KEYS, starterContent } from '../../../shared/checklists/starters';
import { aggregationsFor } from '../../../shared/checklists/kinds';

const item = (kind: string, fields: Record<string, unknown> = {}) =>
  ({ kind, min: null, max: null, unit: '', choices: [], ...fields }) as Parameters<typeof checkAnswer>[0];

const problem = (result: ReturnType<typeof checkAnswer>) => (result.ok ? null : result.message);

describe('answers checked against their item', () => {
  it('takes yes, no and not applicable for a yes/no item, nothing else', () => {
    for (const value of ['yes', 'no', 'na']) expect(checkAnswer(item('yes_no_na'), value)).toEqual({ ok: true, value });
    expect(problem(checkAnswer(item('yes_no_na'), 'ja'))).toBe('Svara ja, nej eller ej aktuellt.');
    expect(problem(checkAnswer(item('yes_no_na'), 1))).toBe('Svara ja, nej eller ej aktuellt.');
  });

  it('keeps a number within the item’s range and names the unit', () => {
    const days = item('number', { min: 0, max: 365, unit: 'dagar' });
    expect(checkAnswer(days, 14)).toEqual({ ok: true, value: 14 });
    expect(problem(checkAnswer(days, 400))).toBe('Svaret får inte vara större än 365 dagar.');
    expect(problem(checkAnswer(days, -1))).toBe('Svaret får inte vara mindre än 0 dagar.');
    expect(problem(checkAnswer(days, '14'))).toBe('Svaret ska vara ett tal.');
  });

  it('takes an ISO date for a date item', () => {
    expect(checkAnswer(item('date'), '2026-03-31')).toEqual({ ok: true, value: '2026-03-31' });
    expect(problem(checkAnswer(item('date'), '31/3 2026'))).toMatch(/ÅÅÅÅ-MM-DD/);
    expect(problem(checkAnswer(item('date'), '2026-02-30'))).toMatch(/ÅÅÅÅ-MM-DD/);
  });

  it('takes only the item’s options for a choice', () => {
    const single = item('single_choice', { choices: ['Inleds', 'Inleds inte'] });
    expect(checkAnswer(single, 'Inleds')).toEqual({ ok: true, value: 'Inleds' });
    expect(problem(checkAnswer(single, 'Kanske'))).toBe('Välj ett av svarsalternativen: Inleds, Inleds inte.');
    const multiple = item('multiple_choice', { choices: ['Skola', 'Polis', 'BVC'] });
    expect(checkAnswer(multiple, ['Skola', 'BVC'])).toEqual({ ok: true, value: ['Skola', 'BVC'] });
    expect(checkAnswer(multiple, [])).toEqual({ ok: true, value: [] });
    expect(problem(checkAnswer(multiple, ['Skola', 'Skola']))).toMatch(/två gånger/);
    expect(problem(checkAnswer(multiple, 'Skola'))).toMatch(/Välj ett eller flera/);
  });

  it('refuses a personnummer in a short text, but not a date, a phone number or a diarienummer', () => {
    expect(problem(checkAnswer(item('short_text'), 'Pappa 811218-9876 hördes'))).toMatch(/personnummer/);
    expect(problem(checkAnswer(item('short_text'), 'Samordningsnummer 701063-2391'))).toMatch(/personnummer/);
    for (const text of ['Beslut 2026-03-31', 'Ring 070-123 45 67', 'Se SN 2026/123']) {
      expect(checkAnswer(item('short_text'), text)).toEqual({ ok: true, value: text });
    }
  });
});

describe('starter templates', () => {
  it('parse as templates, and each suggested aggregation fits its item', () => {
    const all = STARTER_KEYS.map((key) => starterContent(key));
    const texts = all.flatMap((content) => content.items.map((entry) => entry.text)).join('\n');
    for (const topic of [/våld/, /utredningsplan/, /genomförandeplan/, /samtal med barnet/, /förhandsbedömning/i, /ansökan eller anmälan till inledd utredning/, /barnets perspektiv/]) {
      expect(texts).toMatch(topic);
    }
    for (const entry of all.flatMap((content) => content.items)) {
      if (entry.aggregation) expect(aggregationsFor(entry.kind)).toContain(entry.aggregation);
      expect(entry.controlId).toBeNull();
    }
  });
});

describe('deviation sentences', () => {
  it('reads like the summary of a case review', () => {
    const plan = { kind: 'yes_no_na' as const, text: 'Finns en utredningsplan?', unit: '', deviationText: 'saknar utredningsplan', aggregation: 'share_yes' as const, limitValue: null };
    expect(deviationMessage(3, 12, plan)).toBe('3 av 12 ärenden saknar utredningsplan');
    expect(deviationMessage(1, 1, plan)).toBe('1 av 1 ärende saknar utredningsplan');
    expect(deviationMessage(2, 5, { ...plan, deviationText: '' })).toBe('2 av 5 ärenden fick svaret nej på ”Finns en utredningsplan?”');
    const days = { kind: 'number' as const, text: 'Dagar', unit: 'dagar', deviationText: '', aggregation: 'share_within' as const, limitValue: 14 };
    expect(deviationMessage(3, 12, days)).toBe('3 av 12 ärenden låg över 14 dagar på ”Dagar”');
  });
});
