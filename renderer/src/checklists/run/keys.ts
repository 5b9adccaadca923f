import type { YesNoNa } from '../../../../shared/checklists/kinds';

/**
 * How a focused item takes keys. options: a yes/no/ej aktuellt or single-choice item;
 * multi: a multiple-choice item; text: a number, date or short-text field; row: an item
 * whose field the user has left with Escape.
 */
export type KeyMode = 'options' | 'multi' | 'text' | 'row';

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

export type RunCommand =
  | { type: 'yesNo'; value: YesNoNa }
  | { type: 'option'; index: number }
  | { type: 'highlight'; step: 1 | -1 }
  | { type: 'pickHighlighted' }
  | { type: 'nextItem' }
  | { type: 'previousItem' }
  | { type: 'nextCase' }
  | { type: 'previousCase' }
  | { type: 'comment' }
  | { type: 'clear' }
  | { type: 'leave' }
  | { type: 'edit' };

/** J/Y/1 ja, N/2 nej, E/A/3 ej aktuellt: the Swedish letters, the English ones and digits all work. */
const YES_NO_KEYS: Record<string, YesNoNa> = { j: 'yes', y: 'yes', '1': 'yes', n: 'no', '2': 'no', e: 'na', a: 'na', '3': 'na' };

/** The digit keys 1-9 as an option's index, or null. */
export function digitIndex(key: string): number | null {
  return /^[1-9]$/.test(key) ? Number(key) - 1 : null;
}

/** Keys that work wherever the focus is in a case: next and previous case, the comment. */
function caseCommand(press: KeyPress): RunCommand | null {
  const command = press.ctrlKey || press.metaKey;
  if (command && press.key === 'Enter') return { type: 'nextCase' };
  if (command && press.key === 'ArrowDown') return { type: 'nextCase' };
  if (command && press.key === 'ArrowUp') return { type: 'previousCase' };
  if (press.altKey && !command && press.key.toLowerCase() === 'k') return { type: 'comment' };
  return null;
}

function movement(press: KeyPress, mode: KeyMode): RunCommand | null {
  if (press.key === 'Tab') return press.shiftKey ? { type: 'previousItem' } : { type: 'nextItem' };
  // A one-line field has no use for the up and down arrows, so they walk the items everywhere.
  if (press.key === 'ArrowDown') return { type: 'nextItem' };
  if (press.key === 'ArrowUp') return { type: 'previousItem' };
  if (mode === 'text') {
    if (press.key === 'Enter' && !press.shiftKey) return { type: 'nextItem' };
    if (press.key === 'Escape') return { type: 'leave' };
    return null;
  }
  if (press.key === 'Enter') return mode === 'row' ? { type: 'edit' } : { type: 'nextItem' };
  return null;
}

function answerKey(press: KeyPress, mode: KeyMode, kind: 'yes_no_na' | 'choice'): RunCommand | null {
  const key = press.key.toLowerCase();
  if (key === 'k') return { type: 'comment' };
  if (press.key === 'Delete' || press.key === 'Backspace') return { type: 'clear' };
  // A letter or digit typed on a left text item goes back into its field.
  if (mode === 'row') return press.key.length === 1 ? { type: 'edit' } : null;
  if (press.key === 'ArrowRight') return { type: 'highlight', step: 1 };
  if (press.key === 'ArrowLeft') return { type: 'highlight', step: -1 };
  if (press.key === ' ') return { type: 'pickHighlighted' };
  if (kind === 'yes_no_na' && mode === 'options') {
    const value = YES_NO_KEYS[key];
    return value ? { type: 'yesNo', value } : null;
  }
  const index = digitIndex(press.key);
  return index === null ? null : { type: 'option', index };
}

/**
 * What a key press means on a focused item, or null to leave it to the browser
 * (typing in a field, Ctrl+C, the screen reader's own keys).
 */
export function runCommand(press: KeyPress, mode: KeyMode, kind: 'yes_no_na' | 'choice' | 'text'): RunCommand | null {
  const forCase = caseCommand(press);
  if (forCase) return forCase;
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  const moved = movement(press, mode);
  if (moved) return moved;
  if (mode === 'text') return null;
  return answerKey(press, mode, kind === 'yes_no_na' ? 'yes_no_na' : 'choice');
}

/** Keys that move to another case also from the case reference field and the buttons under the items. */
export function caseKeyCommand(press: KeyPress): RunCommand | null {
  const command = caseCommand(press);
  return command?.type === 'comment' ? null : command;
}
