import { describe, expect, it } from 'vitest';
import { answerText } from '../../../electron/services/documents/answer-text';
import { swedishLongDate } from '../../../electron/services/documents/pdf/swedish-date';

describe('answers as people read them', () => {
  it('says yes, no and not applicable in Swedish, numbers with decimal comma and their unit, choices as a list', () => {
    expect(answerText({ kind: 'yes_no_na', unit: '' }, 'yes')).toBe('Ja');
    expect(answerText({ kind: 'yes_no_na', unit: '' }, 'na')).toBe('Ej aktuellt');
    expect(answerText({ kind: 'number', unit: 'dagar' }, 12.5)).toBe('12,5 dagar');
    expect(answerText({ kind: 'number', unit: '' }, 3)).toBe('3');
    expect(answerText({ kind: 'multiple_choice', unit: '' }, ['Barnet', 'Polis'])).toBe('Barnet, Polis');
    expect(answerText({ kind: 'date', unit: '' }, '2026-03-31')).toBe('2026-03-31');
  });
});

describe('dates in documents', () => {
  it('are written out in Swedish on Swedish time', () => {
    expect(swedishLongDate('2026-11-24T09:30:00.000Z')).toBe('24 november 2026');
    expect(swedishLongDate('2026-12-31T23:30:00.000Z')).toBe('1 januari 2027');
    expect(swedishLongDate('2026-03-31')).toBe('31 mars 2026');
  });
});
