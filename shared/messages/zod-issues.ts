import type { z } from 'zod';
import { isMessageKey, messageText, type AnyParams, type MessageKey } from './catalogue';
import type { Language } from './types';

/** A schema's message for one of its checks: the key, so every language can say it. */
export function keyed(key: MessageKey): string {
  return key;
}

function genericKey(issue: z.core.$ZodIssue): MessageKey {
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') return 'validation.tooShort';
      return issue.origin === 'array' || issue.origin === 'set' ? 'validation.tooFew' : 'validation.tooSmall';
    case 'too_big':
      if (issue.origin === 'string') return 'validation.tooLong';
      return issue.origin === 'array' || issue.origin === 'set' ? 'validation.tooMany' : 'validation.tooBig';
    case 'invalid_type':
      return 'validation.invalidType';
    case 'invalid_format':
      return 'validation.invalidFormat';
    case 'invalid_value':
      return 'validation.invalidValue';
    case 'unrecognized_keys':
      return 'validation.unrecognizedKeys';
    default:
      return 'validation.invalidInput';
  }
}

/** The key and params for a zod issue: the schema's own key when it names one, else the text for the issue's code. */
export function issueMessage(issue: z.core.$ZodIssue): { key: MessageKey; params: AnyParams } {
  const params: AnyParams = { field: issue.path.map(String).join('.') || '–' };
  if (issue.code === 'too_small') params.minimum = Number(issue.minimum);
  if (issue.code === 'too_big') params.maximum = Number(issue.maximum);
  if (issue.code === 'unrecognized_keys') params.keys = issue.keys.join(', ');
  if (issue.code === 'custom' && issue.params) {
    for (const [name, value] of Object.entries(issue.params)) {
      if (typeof value === 'string' || typeof value === 'number') params[name] = value;
    }
  }
  return { key: isMessageKey(issue.message) ? issue.message : genericKey(issue), params };
}

/** An issue's text in one language, for lists that are worded on the main side (the spreadsheet import's problems). */
export function issueText(issue: z.core.$ZodIssue, language: Language = 'sv'): string {
  const { key, params } = issueMessage(issue);
  return messageText(language, key, params);
}

/** The first issue of a failed parse as a localized message: one clear sentence rather than a list. */
export function zodErrorMessage(error: z.ZodError): { key: MessageKey; params: AnyParams; message: string } {
  const first = error.issues[0];
  const { key, params } = first ? issueMessage(first) : { key: 'validation.invalidInput' as const, params: { field: '–' } };
  return { key, params, message: messageText('sv', key, params) };
}
