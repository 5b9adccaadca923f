import { describe, expect, it } from 'vitest';
import { caseKeyCommand, digitIndex, runCommand, type KeyPress } from '../../renderer/src/checklists/run/keys';

const press = (key: string, modifiers: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...modifiers,
});

describe('keys on a yes / no / ej aktuellt item', () => {
  it('answer with J, N, E in either case, with Y and A in English, and with 1, 2, 3', () => {
    const answers = ['j', 'J', 'y', '1', 'n', 'N', '2', 'e', 'E', 'a', '3'].map((key) => runCommand(press(key), 'options', 'yes_no_na'));
    expect(answers).toEqual([
      ...Array.from({ length: 4 }, () => ({ type: 'yesNo', value: 'yes' })),
      ...Array.from({ length: 3 }, () => ({ type: 'yesNo', value: 'no' })),
      ...Array.from({ length: 4 }, () => ({ type: 'yesNo', value: 'na' })),
    ]);
  });

  it('leave other letters and digits alone, and never take Ctrl or Alt combinations such as Ctrl+C', () => {
    for (const key of ['x', '4', '0', 'q']) expect(runCommand(press(key), 'options', 'yes_no_na'), key).toBeNull();
    expect(runCommand(press('j', { ctrlKey: true }), 'options', 'yes_no_na')).toBeNull();
    expect(runCommand(press('c', { ctrlKey: true }), 'options', 'yes_no_na')).toBeNull();
    expect(runCommand(press('n', { altKey: true }), 'options', 'yes_no_na')).toBeNull();
  });

  it('move on with Enter, Tab and arrow down, back with Shift+Tab and arrow up', () => {
    expect(runCommand(press('Enter'), 'options', 'yes_no_na')).toEqual({ type: 'nextItem' });
    expect(runCommand(press('Tab'), 'options', 'yes_no_na')).toEqual({ type: 'nextItem' });
    expect(runCommand(press('ArrowDown'), 'options', 'yes_no_na')).toEqual({ type: 'nextItem' });
    expect(runCommand(press('Tab', { shiftKey: true }), 'options', 'yes_no_na')).toEqual({ type: 'previousItem' });
    expect(runCommand(press('ArrowUp'), 'options', 'yes_no_na')).toEqual({ type: 'previousItem' });
  });

  it('open the comment with K, clear with Delete or Backspace, and pick by arrows and Space', () => {
    expect(runCommand(press('k'), 'options', 'yes_no_na')).toEqual({ type: 'comment' });
    expect(runCommand(press('K'), 'options', 'yes_no_na')).toEqual({ type: 'comment' });
    expect(runCommand(press('Delete'), 'options', 'yes_no_na')).toEqual({ type: 'clear' });
    expect(runCommand(press('Backspace'), 'options', 'yes_no_na')).toEqual({ type: 'clear' });
    expect(runCommand(press('ArrowRight'), 'options', 'yes_no_na')).toEqual({ type: 'highlight', step: 1 });
    expect(runCommand(press('ArrowLeft'), 'options', 'yes_no_na')).toEqual({ type: 'highlight', step: -1 });
    expect(runCommand(press(' '), 'options', 'yes_no_na')).toEqual({ type: 'pickHighlighted' });
  });
});

describe('keys on choice items', () => {
  it('choose option n with digit n; letters do not answer them', () => {
    expect(runCommand(press('1'), 'options', 'choice')).toEqual({ type: 'option', index: 0 });
    expect(runCommand(press('9'), 'multi', 'choice')).toEqual({ type: 'option', index: 8 });
    expect(runCommand(press('j'), 'options', 'choice')).toBeNull();
    expect(runCommand(press('0'), 'multi', 'choice')).toBeNull();
    expect(digitIndex('5')).toBe(4);
    expect(digitIndex('12')).toBeNull();
  });
});

describe('keys in a number, date or text field', () => {
  it('let letters, digits, Space, Delete and the left and right arrows type and edit', () => {
    for (const key of ['j', 'n', 'e', 'k', '1', ' ', 'Delete', 'Backspace', 'ArrowLeft', 'ArrowRight', 'Home']) {
      expect(runCommand(press(key), 'text', 'text'), key).toBeNull();
    }
  });

  it('store and move on with Enter or Tab, back with Shift+Tab; Esc leaves; Shift+Enter does nothing special', () => {
    expect(runCommand(press('Enter'), 'text', 'text')).toEqual({ type: 'nextItem' });
    expect(runCommand(press('Tab'), 'text', 'text')).toEqual({ type: 'nextItem' });
    expect(runCommand(press('Tab', { shiftKey: true }), 'text', 'text')).toEqual({ type: 'previousItem' });
    expect(runCommand(press('Escape'), 'text', 'text')).toEqual({ type: 'leave' });
    expect(runCommand(press('Enter', { shiftKey: true }), 'text', 'text')).toBeNull();
  });

  it('walk the items with the up and down arrows, which a one-line field does not use', () => {
    expect(runCommand(press('ArrowDown'), 'text', 'text')).toEqual({ type: 'nextItem' });
    expect(runCommand(press('ArrowUp'), 'text', 'text')).toEqual({ type: 'previousItem' });
  });

  it('open the comment with Alt+K only, since K is a letter to type', () => {
    expect(runCommand(press('k', { altKey: true }), 'text', 'text')).toEqual({ type: 'comment' });
  });
});

describe('keys on an item whose field was left with Esc', () => {
  it('go back into the field with Enter or a typed character, and move with Tab and the arrows', () => {
    expect(runCommand(press('Enter'), 'row', 'text')).toEqual({ type: 'edit' });
    expect(runCommand(press('7'), 'row', 'text')).toEqual({ type: 'edit' });
    expect(runCommand(press('Tab'), 'row', 'text')).toEqual({ type: 'nextItem' });
    expect(runCommand(press('ArrowUp'), 'row', 'text')).toEqual({ type: 'previousItem' });
    expect(runCommand(press('k'), 'row', 'text')).toEqual({ type: 'comment' });
    expect(runCommand(press('Delete'), 'row', 'text')).toEqual({ type: 'clear' });
  });
});

describe('keys for the next and previous case', () => {
  it('work from every kind of item: Ctrl+Enter and Ctrl+arrow down for the next, Ctrl+arrow up for the previous', () => {
    for (const mode of ['options', 'multi', 'text', 'row'] as const) {
      expect(runCommand(press('Enter', { ctrlKey: true }), mode, 'text')).toEqual({ type: 'nextCase' });
      expect(runCommand(press('Enter', { metaKey: true }), mode, 'text')).toEqual({ type: 'nextCase' });
      expect(runCommand(press('ArrowDown', { ctrlKey: true }), mode, 'text')).toEqual({ type: 'nextCase' });
      expect(runCommand(press('ArrowUp', { ctrlKey: true }), mode, 'text')).toEqual({ type: 'previousCase' });
    }
  });

  it('work from the case reference and the buttons, where Alt+K has nothing to comment on', () => {
    expect(caseKeyCommand(press('Enter', { ctrlKey: true }))).toEqual({ type: 'nextCase' });
    expect(caseKeyCommand(press('ArrowUp', { ctrlKey: true }))).toEqual({ type: 'previousCase' });
    expect(caseKeyCommand(press('k', { altKey: true }))).toBeNull();
    expect(caseKeyCommand(press('Enter'))).toBeNull();
  });
});
