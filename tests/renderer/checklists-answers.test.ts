import { describe, expect, it } from 'vitest';
import { fieldText, parseNumberInput, sameValue, toggleChoice, valueFromField } from '../../renderer/src/checklists/run/answer-text';
import { createWriteQueue } from '../../renderer/src/checklists/data/write-queue';

describe('numbers typed in a run', () => {
  it('take a decimal comma or point and spaces between thousands', () => {
    expect(parseNumberInput('12')).toBe(12);
    expect(parseNumberInput('2,5')).toBe(2.5);
    expect(parseNumberInput('2.5')).toBe(2.5);
    expect(parseNumberInput(' 1 000 ')).toBe(1000);
    expect(parseNumberInput('-3')).toBe(-3);
  });

  it('are null when empty and NaN when they are not numbers, so nothing is sent', () => {
    expect(parseNumberInput('')).toBeNull();
    expect(parseNumberInput('   ')).toBeNull();
    for (const text of ['tolv', '12 dagar', '1,2,3', '2026-03-31', '1e5']) expect(parseNumberInput(text), text).toBeNaN();
  });

  it('are shown back in Swedish form', () => {
    expect(fieldText(2.5)).toBe('2,5');
    expect(fieldText(12)).toBe('12');
    expect(fieldText(undefined)).toBe('');
    expect(fieldText(['Barnet', 'Skola'])).toBe('Barnet, Skola');
  });
});

describe('a text field as an answer', () => {
  it('is a number for a number item, trimmed text otherwise, and null when empty', () => {
    expect(valueFromField({ kind: 'number' }, '14')).toBe(14);
    expect(valueFromField({ kind: 'date' }, ' 2026-03-31 ')).toBe('2026-03-31');
    expect(valueFromField({ kind: 'short_text' }, '  ')).toBeNull();
  });

  it('is compared with the stored answer, lists by their contents', () => {
    expect(sameValue(12, 12)).toBe(true);
    expect(sameValue('12', 12)).toBe(false);
    expect(sameValue(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(sameValue(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameValue(undefined, 'a')).toBe(false);
  });
});

describe('a multiple-choice answer', () => {
  const choices = ['Barnet', 'Vårdnadshavare', 'Skola', 'Annan'];

  it('switches a choice on or off and keeps the choices in their order', () => {
    expect(toggleChoice(choices, [], 'Skola')).toEqual(['Skola']);
    expect(toggleChoice(choices, ['Skola'], 'Barnet')).toEqual(['Barnet', 'Skola']);
    expect(toggleChoice(choices, ['Barnet', 'Skola'], 'Skola')).toEqual(['Barnet']);
  });
});

describe('the write queue of the answers', () => {
  it('sends writes to the same answer one after the other, so the last one given is stored last', async () => {
    const enqueue = createWriteQueue();
    const order: string[] = [];
    const slow = (name: string, ms: number) => () => new Promise<string>((resolve) => setTimeout(() => resolve(name), ms)).then((value) => (order.push(value), value));
    const results = await Promise.all([enqueue('c1/i1', slow('first', 30)), enqueue('c1/i1', slow('second', 1))]);
    expect(results).toEqual(['first', 'second']);
    expect(order).toEqual(['first', 'second']);
  });

  it('does not hold up writes to other answers, and goes on after a failed write', async () => {
    const enqueue = createWriteQueue();
    const order: string[] = [];
    const slowOne = enqueue('c1/i1', () => new Promise((resolve) => setTimeout(() => resolve(order.push('slow')), 30)));
    await enqueue('c1/i2', async () => order.push('other'));
    expect(order).toEqual(['other']);
    await slowOne;
    const failed = enqueue('c1/i3', () => Promise.reject(new Error('down')));
    const after = enqueue('c1/i3', async () => 'after');
    await expect(failed).rejects.toThrow('down');
    await expect(after).resolves.toBe('after');
  });
});
